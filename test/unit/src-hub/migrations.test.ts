import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../../src-hub/db/database";
import { MIGRATIONS, migrate } from "../../../src-hub/db/migrations";
import { BACKENDS } from "../../support/hub/backends";

describe.each(BACKENDS)("hub migrations on $name", ({ start }) => {
  let backend: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    backend = await start();
  }, 30_000);
  afterAll(() => {
    backend.stop();
  });

  it("apply once, on start, and again change nothing; the data stays", async () => {
    const db = await openDatabase(backend.where);
    expect(await migrate(db)).toBe(MIGRATIONS.at(-1)?.version);
    await db.query(
      "INSERT INTO devices (device_id, role, countries, card, status) VALUES ($1, $2, $3, $4, $5)",
      ["pd-a", "field", ["ML"], "card", "queued"],
    );
    await db.close();

    const reopened = await openDatabase(backend.where);
    await migrate(reopened);
    expect(
      await reopened.query("SELECT version FROM schema_migrations"),
    ).toEqual(MIGRATIONS.map(({ version }) => ({ version })));
    expect(
      await reopened.query("SELECT device_id, countries FROM devices"),
    ).toEqual([{ device_id: "pd-a", countries: ["ML"] }]);
    await expect(
      reopened.query(
        "INSERT INTO devices (device_id, role, countries, card, status) VALUES ('pd-b', 'field', '{}', 'c', 'unknown')",
      ),
    ).rejects.toThrow(/check/i);
    await reopened.close();
  }, 30_000);
});
