import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { OPS_PER_BUNDLE } from "../../../../shared/bundle/header";
import { BundleService } from "../../../../src-main/bundles/bundle-service";
import { SyncStore } from "../../../../src-main/bundles/sync-store";
import type { Op } from "../../../../shared/sync/op";
import {
  AT,
  entryFor,
  makeHub,
  makeInstall,
  type TestHub,
  type TestInstall,
} from "../../../support/bundles/installs";

let hub: TestHub;
let roster: string;

/** A sync folder that trusts the hub and holds the current roster. */
function freshStore(): SyncStore {
  const store = new SyncStore(
    join(mkdtempSync(join(tmpdir(), "pd-sync-")), "sync"),
  );
  store.trustHub(hub.card);
  store.acceptRoster(roster);
  return store;
}
let field: TestInstall;
let regional: TestInstall;
let hubStaff: TestInstall;

const ops = (
  deviceId: string,
  from: number,
  count: number,
  title = "Clashes",
): Op[] =>
  Array.from({ length: count }, (_, index) => ({
    kind: "set" as const,
    deviceId,
    stream: "country:ML",
    seq: from + index,
    hlc: `17638920${String(from + index).padStart(5, "0")}:000000`,
    entity: "observation" as const,
    entityId: `obs-${from + index}`,
    set: { title: { value: `${title} ${from + index}`, prev: [] } },
  }));

beforeEach(async () => {
  hub = await makeHub();
  [field, regional, hubStaff] = await Promise.all([
    makeInstall(hub),
    makeInstall(hub),
    makeInstall(hub, { holdsHubIdentity: true }),
  ]);
  roster = hub.roster(1, [
    entryFor(field, "field", ["ML"]),
    entryFor(regional, "regional", ["ML"]),
    entryFor(hubStaff, "hub", []),
  ]);
  for (const install of [field, regional, hubStaff])
    install.store.acceptRoster(roster);
});

describe("sealing", () => {
  it("addresses a country's bundle to the hub and that country's regional staff, from the roster", async () => {
    const [range] = await field.bundles.seal(
      "country:ML",
      ops(field.deviceId, 1, 3),
      AT,
    );
    expect(range).toMatchObject({ seqFirst: 1, seqLast: 3, receipted: false });
    const [pending] = field.bundles.pending();
    for (const reader of [hubStaff, regional]) {
      const opened = await reader.bundles.open(
        pending?.bytes ?? new Uint8Array(),
      );
      expect(opened.kind === "ops" && opened.ops.map((op) => op.seq)).toEqual([
        1, 2, 3,
      ]);
      expect(opened.author).toEqual({
        deviceId: field.deviceId,
        role: "field",
        countries: ["ML"],
        replaces: [],
      });
    }
  });

  it("seals a range once: later exports start after it, and resends are the same bytes", async () => {
    await field.bundles.seal("country:ML", ops(field.deviceId, 1, 2), AT);
    const first = field.bundles.pending()[0]?.bytes;
    expect(field.bundles.nextSeq("country:ML")).toBe(3);
    await expect(
      field.bundles.seal("country:ML", ops(field.deviceId, 1, 2), AT),
    ).rejects.toMatchObject({ code: "INVALID_ARGUMENT" });
    await field.bundles.seal("country:ML", ops(field.deviceId, 3, 1), AT);
    const pending = field.bundles.pending();
    expect(pending.map(({ range }) => [range.seqFirst, range.seqLast])).toEqual(
      [
        [1, 2],
        [3, 3],
      ],
    );
    expect(pending[0]?.bytes).toEqual(first);
  });

  it("cuts a long run of ops into bundles of at most OPS_PER_BUNDLE", async () => {
    const sealed = await field.bundles.seal(
      "country:ML",
      ops(field.deviceId, 1, OPS_PER_BUNDLE + 1),
      AT,
    );
    expect(sealed.map((range) => [range.seqFirst, range.seqLast])).toEqual([
      [1, OPS_PER_BUNDLE],
      [OPS_PER_BUNDLE + 1, OPS_PER_BUNDLE + 1],
    ]);
  });
});

describe("opening for import", () => {
  it("accepts the same bundle twice, and refuses the same seqs with other content as a fork", async () => {
    await field.bundles.seal("country:ML", ops(field.deviceId, 1, 2), AT);
    const bytes = field.bundles.pending()[0]?.bytes ?? new Uint8Array();
    await hubStaff.bundles.open(bytes);
    await hubStaff.bundles.open(bytes);
    // A disk image restored from before that export: same keys, a ledger without the range.
    const restored = new BundleService(field.keys, freshStore());
    await restored.seal("country:ML", ops(field.deviceId, 1, 2, "Other"), AT);
    const fork = restored.pending()[0]?.bytes ?? new Uint8Array();
    await expect(hubStaff.bundles.open(fork)).rejects.toMatchObject({
      code: "SEQ_FORK",
    });
  });

  it("refuses a sender the roster does not know", async () => {
    const stranger = await makeInstall(hub);
    await stranger.bundles.seal("country:ML", ops(stranger.deviceId, 1, 1), AT);
    await expect(
      hubStaff.bundles.open(
        stranger.bundles.pending()[0]?.bytes ?? new Uint8Array(),
      ),
    ).rejects.toMatchObject({ code: "BUNDLE_UNKNOWN_SENDER" });
  });

  it("refuses a revoked sender's seqs after its cut-off", async () => {
    await field.bundles.seal("country:ML", ops(field.deviceId, 1, 1), AT);
    await field.bundles.seal("country:ML", ops(field.deviceId, 2, 1), AT);
    hubStaff.store.acceptRoster(
      hub.roster(2, [
        entryFor(field, "field", ["ML"], {
          revoked: {
            at: AT.toISOString(),
            lastAcceptedSeq: { "country:ML": 1 },
          },
        }),
        entryFor(hubStaff, "hub", []),
      ]),
    );
    const [before, after] = field.bundles.pending();
    await expect(
      hubStaff.bundles.open(before?.bytes ?? new Uint8Array()),
    ).resolves.toMatchObject({
      author: { lastAcceptedSeq: { "country:ML": 1 } },
    });
    await expect(
      hubStaff.bundles.open(after?.bytes ?? new Uint8Array()),
    ).rejects.toMatchObject({ code: "BUNDLE_REVOKED_SENDER" });
  });

  it("refuses a bundle not addressed to this install", async () => {
    const [op] = ops(field.deviceId, 1, 1);
    if (!op) throw new Error("no op");
    await field.bundles.seal("hub", [{ ...op, stream: "hub" }], AT);
    await expect(
      regional.bundles.open(
        field.bundles.pending()[0]?.bytes ?? new Uint8Array(),
      ),
    ).rejects.toMatchObject({ code: "BUNDLE_NOT_FOR_THIS_DEVICE" });
  });
});

/** The hub staff install imports a field bundle and signs a receipt for it. */
async function hubReceiptFor(bytes: Uint8Array | undefined): Promise<string> {
  const opened = await hubStaff.bundles.open(bytes ?? new Uint8Array());
  return hubStaff.bundles.issueReceipt(field.deviceId, [opened.header], AT);
}

describe("receipts", () => {
  it("acknowledge exactly the sealed ranges the hub imported, and purge only those", async () => {
    await field.bundles.seal("country:ML", ops(field.deviceId, 1, 2), AT);
    await field.bundles.seal("country:ML", ops(field.deviceId, 3, 2), AT);
    const [first, second] = field.bundles.pending();
    const receipt = await hubReceiptFor(first?.bytes);

    expect(field.bundles.acceptReceipt(receipt, true, AT).acknowledged).toBe(1);
    expect(field.bundles.pending().map(({ range }) => range.seqFirst)).toEqual([
      3,
    ]);
    expect(field.bundles.pending()[0]?.bytes).toEqual(second?.bytes);
    // The covered copy is deleted, the other kept.
    expect(() => field.store.readSealed(first?.range.file ?? "")).toThrow();
    expect(field.store.readSealed(second?.range.file ?? "")).toEqual(
      second?.bytes,
    );
    // The same receipt again acknowledges nothing more.
    expect(field.bundles.acceptReceipt(receipt, true, AT).acknowledged).toBe(0);
  });

  it("keep the acknowledged copy when purging is off", async () => {
    await field.bundles.seal("country:ML", ops(field.deviceId, 1, 2), AT);
    const [first] = field.bundles.pending();
    const receipt = await hubReceiptFor(first?.bytes);
    expect(field.bundles.acceptReceipt(receipt, false, AT).acknowledged).toBe(
      1,
    );
    expect(field.bundles.pending()).toEqual([]);
    expect(field.store.readSealed(first?.range.file ?? "")).toEqual(
      first?.bytes,
    );
  });

  it("are refused when signed by a device that is not hub staff, or edited", async () => {
    await field.bundles.seal("country:ML", ops(field.deviceId, 1, 1), AT);
    const opened = await hubStaff.bundles.open(
      field.bundles.pending()[0]?.bytes ?? new Uint8Array(),
    );
    const forged = regional.bundles.issueReceipt(
      field.deviceId,
      [opened.header],
      AT,
    );
    expect(() => field.bundles.acceptReceipt(forged, true, AT)).toThrow(
      expect.objectContaining({ code: "BUNDLE_UNKNOWN_SENDER" }),
    );
    const genuine = JSON.parse(
      hubStaff.bundles.issueReceipt(field.deviceId, [opened.header], AT),
    ) as { receipt: string };
    const edited = JSON.stringify({
      ...genuine,
      receipt: genuine.receipt.replace('"seqLast":1', '"seqLast":9'),
    });
    expect(() => field.bundles.acceptReceipt(edited, true, AT)).toThrow(
      expect.objectContaining({ code: "BUNDLE_TAMPERED" }),
    );
    expect(field.bundles.pending()).toHaveLength(1);
  });

  it("treat other content for seqs this device sealed as a fork: nothing acknowledged or deleted, never sent again, exports wait", async () => {
    await field.bundles.seal("country:ML", ops(field.deviceId, 1, 2), AT);
    await field.bundles.seal("country:ML", ops(field.deviceId, 3, 2), AT);
    const [first, second] = field.bundles.pending();
    const receipt = hubStaff.bundles.issueReceipt(
      field.deviceId,
      [
        {
          stream: "country:ML",
          seqFirst: 1,
          seqLast: 2,
          bodySha256: first?.range.bodySha256 ?? "",
        },
        {
          stream: "country:ML",
          seqFirst: 3,
          seqLast: 3,
          bodySha256: "0".repeat(64),
        },
      ],
      AT,
    );
    const result = field.bundles.acceptReceipt(receipt, true, AT);
    expect(result.acknowledged).toBe(1);
    expect(result.fork).toEqual({
      deviceId: field.deviceId,
      stream: "country:ML",
      seq: 3,
      detectedAt: AT.toISOString(),
    });
    // The forked range is kept on disk but never offered again.
    expect(field.bundles.pending()).toEqual([]);
    expect(field.store.readSealed(second?.range.file ?? "")).toEqual(
      second?.bytes,
    );
    await expect(
      field.bundles.seal("country:ML", ops(field.deviceId, 5, 1), AT),
    ).rejects.toMatchObject({ code: "SEQ_FORK" });
  });

  it("treat seqs this device never sealed as a fork from its next seq", async () => {
    await field.bundles.seal("country:ML", ops(field.deviceId, 1, 2), AT);
    const receipt = hubStaff.bundles.issueReceipt(
      field.deviceId,
      [
        {
          stream: "country:ML",
          seqFirst: 3,
          seqLast: 7,
          bodySha256: "1".repeat(64),
        },
      ],
      AT,
    );
    const result = field.bundles.acceptReceipt(receipt, false, AT);
    expect(result).toMatchObject({ acknowledged: 0, fork: { seq: 3 } });
    // What was sealed before the fork is still offered until a receipt covers it.
    expect(field.bundles.pending().map(({ range }) => range.seqFirst)).toEqual([
      1,
    ]);
  });
});
