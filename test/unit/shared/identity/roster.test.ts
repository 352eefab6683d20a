import { ed25519 } from "@noble/curves/ed25519.js";
import { base64urlnopad } from "@scure/base";
import { beforeAll, describe, expect, it } from "vitest";
import {
  deviceCard,
  hubCard,
  type HubCard,
} from "../../../../shared/identity/cards";
import {
  authorEntry,
  readRoster,
  rosterSlice,
  signRoster,
  streamReaders,
  type Roster,
  type RosterEntry,
} from "../../../../shared/identity/roster";
import { makeDevice, type TestDevice } from "../../../support/bundles/devices";

const rosterKey = ed25519.utils.randomSecretKey();
const sign = (bytes: Uint8Array) => ed25519.sign(bytes, rosterKey);
const AT = "2026-11-23T10:00:00.000Z";
let hub: HubCard;
let devices: Record<
  "fieldMl" | "fieldNe" | "regionalMl" | "regionalNe" | "hubStaff" | "thief",
  TestDevice
>;

const entry = (
  device: TestDevice,
  role: RosterEntry["role"],
  countries: RosterEntry["countries"],
  extra: Partial<RosterEntry> = {},
): RosterEntry => ({
  card: deviceCard(base64urlnopad.encode(device.publicKey), device.recipient),
  role,
  countries,
  enrolledAt: AT,
  ...extra,
});

function roster(version: number): Roster {
  return {
    kind: "prevention-desk/roster",
    version: 1,
    rosterVersion: version,
    issuedAt: AT,
    hub,
    devices: [
      entry(devices.fieldMl, "field", ["ML"]),
      entry(devices.fieldNe, "field", ["NE"]),
      entry(devices.regionalMl, "regional", ["ML", "BF"]),
      entry(devices.regionalNe, "regional", ["NE"]),
      entry(devices.hubStaff, "hub", []),
      entry(devices.thief, "field", ["ML"], {
        revoked: { at: AT, lastAcceptedSeq: { "country:ML": 12 } },
      }),
    ],
  };
}

beforeAll(async () => {
  const hubDevice = await makeDevice();
  hub = hubCard(
    "https://hub.example.org",
    hubDevice.recipient,
    base64urlnopad.encode(ed25519.getPublicKey(rosterKey)),
  );
  const [fieldMl, fieldNe, regionalMl, regionalNe, hubStaff, thief] =
    await Promise.all(Array.from({ length: 6 }, makeDevice));
  if (!fieldMl || !fieldNe || !regionalMl || !regionalNe || !hubStaff || !thief)
    throw new Error("devices");
  devices = { fieldMl, fieldNe, regionalMl, regionalNe, hubStaff, thief };
});

describe("the roster", () => {
  it("reads back what the roster key signed, for the trusted hub", () => {
    expect(readRoster(signRoster(roster(3), sign), hub, 2)).toEqual(roster(3));
  });

  it("refuses an older or equal version, so a revocation cannot be rolled back", () => {
    const file = signRoster(roster(3), sign);
    for (const current of [3, 4])
      expect(() => readRoster(file, hub, current)).toThrow(
        expect.objectContaining({ code: "ROSTER_NOT_NEWER" }),
      );
  });

  it("refuses a roster signed by another key, or edited after signing", () => {
    const other = ed25519.utils.randomSecretKey();
    expect(() =>
      readRoster(
        signRoster(roster(3), (bytes) => ed25519.sign(bytes, other)),
        hub,
      ),
    ).toThrow(expect.objectContaining({ code: "ROSTER_UNTRUSTED" }));
    const file = JSON.parse(signRoster(roster(3), sign)) as {
      roster: string;
      signature: string;
    };
    const edited = JSON.stringify({
      ...file,
      roster: file.roster.replace(
        '"regional","countries":["NE"]',
        '"regional","countries":["ML"]',
      ),
    });
    expect(edited).not.toBe(JSON.stringify(file));
    expect(() => readRoster(edited, hub)).toThrow(
      expect.objectContaining({ code: "ROSTER_UNTRUSTED" }),
    );
  });

  it("names a stream's readers: the unrevoked regional staff of the country, or the one device", () => {
    const ids = (stream: string) =>
      streamReaders(roster(1), stream).map((reader) => reader.card.deviceId);
    expect(ids("country:ML")).toEqual([devices.regionalMl.deviceId]);
    expect(ids("country:NE")).toEqual([devices.regionalNe.deviceId]);
    expect(ids("hub")).toEqual([]);
    expect(ids(`device:${devices.fieldNe.deviceId}`)).toEqual([
      devices.fieldNe.deviceId,
    ]);
  });

  it("gives mayApply the author's role, countries and revocation cut-off", () => {
    expect(authorEntry(roster(1), devices.thief.deviceId)).toEqual({
      deviceId: devices.thief.deviceId,
      role: "field",
      countries: ["ML"],
      replaces: [],
      lastAcceptedSeq: { "country:ML": 12 },
    });
    expect(authorEntry(roster(1), "pd-unknown")).toBeUndefined();
  });

  it("cuts a field device's slice: itself, its country's regional staff, hub staff, revocations", () => {
    const slice = rosterSlice(roster(1), devices.fieldMl.deviceId);
    expect(slice.sliceFor).toBe(devices.fieldMl.deviceId);
    expect(slice.devices.map((device) => device.card.deviceId).sort()).toEqual(
      [devices.fieldMl, devices.regionalMl, devices.hubStaff, devices.thief]
        .map((device) => device.deviceId)
        .sort(),
    );
    expect(readRoster(signRoster(slice, sign), hub)).toEqual(slice);
  });

  it("gives regional staff the devices of their countries too, whose bundles they import", () => {
    const slice = rosterSlice(roster(1), devices.regionalMl.deviceId);
    expect(slice.devices.map((device) => device.card.deviceId).sort()).toEqual(
      [devices.fieldMl, devices.regionalMl, devices.hubStaff, devices.thief]
        .map((device) => device.deviceId)
        .sort(),
    );
  });
});
