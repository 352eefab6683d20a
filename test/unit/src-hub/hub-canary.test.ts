import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeOpLines } from "../../../shared/bundle/op-lines";
import type { Op } from "../../../shared/sync/op";
import { corpusOpsByStream, makeDevice } from "../../support/bundles/devices";
import { makeHub } from "../../support/bundles/installs";
import { sealFor } from "../../support/bundles/seal";
import { BACKENDS } from "../../support/hub/backends";
import {
  clientFor,
  entryOf,
  rosterFiles,
  startHubService,
  type RunningHub,
} from "../../support/hub/hub-service";

const CANARY = `CANARY-${crypto.randomUUID()}`;

/** Every text a field partner typed now carries the canary. */
const withCanary = (ops: readonly Op[]): Op[] =>
  ops.map((op) =>
    op.kind !== "set"
      ? op
      : {
          ...op,
          set: Object.fromEntries(
            Object.entries(op.set).map(([field, write]) => [
              field,
              typeof write.value === "string"
                ? { ...write, value: `${write.value} ${CANARY}` }
                : write,
            ]),
          ),
        },
  );

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe.each(BACKENDS)(
  "the hub service on $name is a blind mailbox",
  (backend) => {
    let running: RunningHub;
    let deviceId: string;
    let plain: Uint8Array;

    beforeAll(async () => {
      const hub = await makeHub();
      const [admin, field] = await Promise.all([makeDevice(), makeDevice()]);
      deviceId = field.deviceId;
      running = await startHubService(backend, { hub });
      const files = rosterFiles(hub, 1, [
        entryOf(admin, "hub"),
        entryOf(field, "field", ["ML"]),
      ]);
      await clientFor(running.url, admin).publishRoster(
        files.roster,
        files.slices,
      );
      const client = clientFor(running.url, field);
      for (const ops of corpusOpsByStream(field, 40).values()) {
        const marked = withCanary(ops);
        plain = encodeOpLines(marked);
        await client.upload(
          await sealFor(field, { recipient: hub.card.recipient }, marked),
        );
      }
      await clientFor(running.url, admin).inbox("0");
    }, 60_000);
    afterAll(async () => {
      if (backend.name === "pglite") running.data.stop();
      else await running.close();
    });

    it("stores bundles whose plaintext holds the canary (the check below can see text)", () => {
      expect(new TextDecoder().decode(plain)).toContain(CANARY);
    });

    it("has the canary nowhere in its database files or dump, nor in its logs", async () => {
      const logs = running.logs.join("");
      expect(logs).toContain('"url":"/v1/bundles"');
      expect(logs).not.toContain(CANARY);
      if (backend.name === "pglite") {
        // Stopped first, so everything PGlite holds is on disk.
        await running.close(true);
        const dataDir = running.data.dataDir ?? "";
        const everything = filesUnder(dataDir).map((path) =>
          readFileSync(path),
        );
        expect(everything.some((bytes) => bytes.includes(deviceId))).toBe(true);
        expect(everything.filter((bytes) => bytes.includes(CANARY))).toEqual(
          [],
        );
      } else {
        const dump = running.data.dump?.() ?? "";
        expect(dump).toContain(deviceId);
        expect(dump).not.toContain(CANARY);
      }
    });
  },
);
