import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateX25519Identity, identityToRecipient } from "age-encryption";
import { ed25519 } from "@noble/curves/ed25519.js";
import { base64urlnopad } from "@scure/base";
import { hubCard, type HubCard } from "../../../shared/identity/cards";
import {
  signRoster,
  type Roster,
  type RosterEntry,
} from "../../../shared/identity/roster";
import { BundleService } from "../../../src-main/bundles/bundle-service";
import { SyncStore } from "../../../src-main/bundles/sync-store";
import { DeviceKeys } from "../../../src-main/keys/device-keys";
import { passphraseProtector } from "../../../src-main/keys/protector";

export const AT = new Date("2026-11-23T10:00:00.000Z");

/** One install as main holds it: its keys (unlocked), its sync folder, its bundle service. */
export interface TestInstall {
  keys: DeviceKeys;
  store: SyncStore;
  bundles: BundleService;
  deviceId: string;
  recoveryIdentity: string;
}

/** A hub with its decryption identity and roster key, and installs enrolled in its roster. */
export interface TestHub {
  card: HubCard;
  identity: string;
  signRoster: (roster: Roster) => string;
  /** Signs as the roster key (enrolment codes, token grants). */
  signAsRosterKey: (bytes: Uint8Array) => Uint8Array;
  roster: (version: number, entries: RosterEntry[]) => string;
}

export async function makeHub(): Promise<TestHub> {
  const identity = await generateX25519Identity();
  const rosterKey = ed25519.utils.randomSecretKey();
  const card = hubCard(
    "https://hub.example.org",
    await identityToRecipient(identity),
    base64urlnopad.encode(ed25519.getPublicKey(rosterKey)),
  );
  const sign = (roster: Roster) =>
    signRoster(roster, (bytes) => ed25519.sign(bytes, rosterKey));
  return {
    card,
    identity,
    signRoster: sign,
    signAsRosterKey: (bytes) => ed25519.sign(bytes, rosterKey),
    roster: (version, entries) =>
      sign({
        kind: "prevention-desk/roster",
        version: 1,
        rosterVersion: version,
        issuedAt: AT.toISOString(),
        hub: card,
        devices: entries,
      }),
  };
}

export async function makeInstall(
  hub: TestHub,
  options: { holdsHubIdentity?: boolean } = {},
): Promise<TestInstall> {
  const dir = mkdtempSync(join(tmpdir(), "pd-install-"));
  const keys = new DeviceKeys(join(dir, "keys"));
  const { publicKeys, recoveryIdentity } = await keys.create(
    passphraseProtector("install passphrase", 10),
    AT,
  );
  const store = new SyncStore(join(dir, "sync"));
  store.trustHub(hub.card);
  const bundles = new BundleService(keys, store, () =>
    options.holdsHubIdentity ? hub.identity : null,
  );
  return {
    keys,
    store,
    bundles,
    deviceId: publicKeys.deviceId,
    recoveryIdentity,
  };
}

export function entryFor(
  install: TestInstall,
  role: RosterEntry["role"],
  countries: RosterEntry["countries"],
  extra: Partial<RosterEntry> = {},
): RosterEntry {
  return {
    card: install.keys.card(),
    role,
    countries,
    enrolledAt: AT.toISOString(),
    ...extra,
  };
}
