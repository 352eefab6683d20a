import type { SyncService } from "../services/sync-service";
import type { Handlers } from "./dispatch";

type SyncHandlers = Pick<Handlers, Extract<keyof Handlers, `sync.${string}`>>;

/** The main-process side of the sync channels: each a thin call into the sync service. */
export function createSyncHandlers(sync: SyncService): SyncHandlers {
  return {
    "sync.status": () => sync.status(),
    "sync.createKeys": ({ passphrase, backupPassphrase }) =>
      sync.createKeys(passphrase, backupPassphrase),
    "sync.unlock": ({ passphrase }) => sync.unlock(passphrase),
    "sync.restore": ({
      backup,
      backupPassphrase,
      passphrase,
      newBackupPassphrase,
    }) =>
      sync.restore(backup, backupPassphrase, passphrase, newBackupPassphrase),
    "sync.trustHub": ({ card, confirmedFingerprint }) =>
      sync.trustHub(card, confirmedFingerprint),
    "sync.importHubIdentity": ({ file, passphrase }) =>
      sync.importHubIdentity(file, passphrase),
    "sync.importRoster": ({ text }) => sync.importRoster(text),
    "sync.createHub": ({ hubUrl, identityPassphrase }) =>
      sync.createHub(hubUrl, identityPassphrase),
    "sync.enrolDevice": ({ card, confirmedFingerprint, role, countries }) =>
      sync.enrolDevice(card, confirmedFingerprint, role, countries),
    "sync.revokeDevice": ({ deviceId }) => sync.revokeDevice(deviceId),
    "sync.rosterFiles": () => sync.rosterFiles(),
    "sync.seal": ({ stream, ops }) => sync.seal(stream, ops),
    "sync.pendingFiles": () => sync.pendingFiles(),
    "sync.open": (file) => sync.open(file),
    "sync.sealBlobs": ({ stream, parts }) => sync.sealBlobs(stream, parts),
    "sync.issueReceipt": ({ deviceId, headers }) =>
      sync.issueReceipt(deviceId, headers),
    "sync.acceptReceipt": ({ text }) => sync.acceptReceipt(text),
    "sync.relink": ({ backupPassphrase }) => sync.relink(backupPassphrase),
  };
}
