import type { SyncStatus } from "../../shared/sync-contract";
import { rosterEntry } from "../../shared/identity/roster";
import type { BundleService } from "../bundles/bundle-service";
import type { SyncStore } from "../bundles/sync-store";
import type { DeviceKeys } from "../keys/device-keys";

/**
 * What the Sync screen shows about this install, read from its keys, its sync folder and its
 * bundles: public facts only (cards, ids, ranges), never a private key.
 */
export function syncStatusOf(
  keys: DeviceKeys,
  store: SyncStore,
  bundles: BundleService,
  keychainAvailable: boolean,
): SyncStatus {
  const publicKeys = keys.public();
  const roster = store.roster();
  const self =
    publicKeys && roster ? rosterEntry(roster, publicKeys.deviceId) : undefined;
  const ledger = store.ledger();
  /** Hub staff reach these devices in their own streams (names directory, meetings). */
  const devicesOf = (role: "regional" | "field") =>
    roster && (keys.rosterSigner() || self?.role === "hub")
      ? roster.devices
          .filter((entry) => entry.role === role && !entry.revoked)
          .map((entry) => ({
            deviceId: entry.card.deviceId,
            countries: [...entry.countries],
          }))
      : [];
  return {
    keys: publicKeys === null ? "none" : keys.unlocked ? "unlocked" : "locked",
    keychainAvailable,
    deviceId: publicKeys?.deviceId ?? null,
    deviceCard: keys.unlocked ? keys.card() : null,
    hubCard: store.hubCard(),
    rosterVersion: roster?.rosterVersion ?? null,
    holdsHubIdentity: keys.hubIdentity() !== null,
    admin:
      keys.rosterSigner() && roster
        ? {
            devices: roster.devices.map((entry) => ({
              deviceId: entry.card.deviceId,
              role: entry.role,
              countries: [...entry.countries],
              revoked: entry.revoked !== undefined,
            })),
          }
        : null,
    regionalDevices: devicesOf("regional").map(({ deviceId }) => deviceId),
    fieldDevices: devicesOf("field"),
    enrolled:
      self && !self.revoked
        ? { role: self.role, countries: self.countries }
        : null,
    pending: bundles
      .pendingRanges(ledger)
      .map(({ stream, seqFirst, seqLast, storedAt }) => ({
        stream,
        seqFirst,
        seqLast,
        stored: storedAt !== undefined,
      })),
    keysCreatedAt: publicKeys?.createdAt ?? null,
    lastExportAt:
      ledger.sealed
        .flatMap((range) => (range.sealedAt ? [range.sealedAt] : []))
        .sort()
        .at(-1) ?? null,
    nextSeq: bundles.nextSeqs(ledger),
    fork: ledger.fork
      ? {
          stream: ledger.fork.stream,
          seq: ledger.fork.seq,
          detectedAt: ledger.fork.detectedAt,
        }
      : null,
    relink:
      ledger.relink && ledger.relink.to === publicKeys?.deviceId
        ? { from: ledger.relink.from, reissueFrom: ledger.relink.reissueFrom }
        : null,
  };
}
