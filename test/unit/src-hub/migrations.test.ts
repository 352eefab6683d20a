import { describe, expect, it } from "vitest";
import { openDatabase } from "../../../src-hub/db/database";
import { MIGRATIONS, migrate } from "../../../src-hub/db/migrations";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

describe("hub migrations on PGlite", () => {
  it("apply once, on start, and again change nothing; the data stays in its folder", async () => {
    const folder = mkdtempSync(join(tmpdir(), "pd-hub-db-"));
    try {
      const db = await openDatabase({ dataDir: folder });
      expect(await migrate(db)).toBe(MIGRATIONS.at(-1)?.version);
      await db.query(
        "INSERT INTO devices (device_id, role, countries, card, status) VALUES ($1, $2, $3, $4, $5)",
        ["pd-a", "field", ["ML"], "card", "queued"],
      );
      await db.close();

      const reopened = await openDatabase({ dataDir: folder });
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
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 30_000);
});
