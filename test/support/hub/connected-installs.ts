import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Role } from "../../../shared/domain/roles";
import type { CountryCode } from "../../../shared/domain/countries";
import type { Op, Stream } from "../../../shared/sync/op";
import { corpusOps, type CorpusRecord } from "../../../shared/demo/corpus-ops";
import { corpusLines } from "../../../src-main/demo/corpus";
import { initialiseHub } from "../../../src-hub/store/hub";
import {
  ConnectedSync,
  type ConnectedSyncOptions,
} from "../../../src-main/hub/connected-sync";
import { SyncService } from "../../../src-main/services/sync-service";
import type { RunningHub } from "./hub-service";

/** An install as main runs it: its sync service and its connected sync, in a fresh folder. */
export interface ConnectedInstall {
  sync: SyncService;
  hub: ConnectedSync;
  enrolled: { role: Role; countries: CountryCode[] } | null;
}

export async function connectedInstall(
  options: ConnectedSyncOptions = {},
): Promise<ConnectedInstall> {
  const sync = new SyncService(
    mkdtempSync(join(tmpdir(), "pd-connected-")),
    null,
    () => new Date(),
    10,
  );
  await sync.createKeys("install passphrase", "backup passphrase");
  const install: ConnectedInstall = {
    sync,
    hub: new ConnectedSync(sync, {
      ...options,
      onEnrolled: (role, countries) => {
        install.enrolled = { role, countries };
      },
    }),
    enrolled: null,
  };
  return install;
}

/** The hub admin's install: it creates the hub at the service's URL and sets the service up. */
export async function adminInstall(
  running: RunningHub,
  hubUrl = running.url,
  options: ConnectedSyncOptions = {},
): Promise<ConnectedInstall> {
  const admin = await connectedInstall(options);
  await admin.sync.createHub(hubUrl, "hub identity passphrase");
  const card = admin.sync.store.hubCard();
  if (card === null) throw new Error("The hub was not created.");
  await initialiseHub(running.db, card);
  await admin.hub.push();
  return admin;
}

/** Enrols `install` with a code the admin makes, and confirms it into the roster. */
export async function enrolWithCode(
  admin: ConnectedInstall,
  install: ConnectedInstall,
  role: Role,
  countries: CountryCode[],
): Promise<void> {
  const { text } = await admin.hub.createCode(role, countries, 7);
  await admin.hub.push();
  await install.hub.enrol(text);
  await admin.hub.confirm();
  await install.hub.pull();
}

/**
 * Seals `count` corpus observations of the install's own device, stream by stream (or all in
 * `inStream`), numbered after what it sealed before.
 */
export async function sealCorpus(
  install: ConnectedInstall,
  count: number,
  seed = 1,
  inStream?: Stream,
): Promise<Op[]> {
  const deviceId = install.sync.keys.public()?.deviceId ?? "";
  const records = corpusLines(count, { seed, lang: "mixed" }).map(
    (line) => JSON.parse(line) as CorpusRecord,
  );
  const streams = new Map<Stream, Op[]>();
  for (const op of corpusOps(records, deviceId, new Map(), inStream))
    streams.set(op.stream, [...(streams.get(op.stream) ?? []), op]);
  const sealed: Op[] = [];
  for (const [stream, ops] of streams) {
    // After what this install sealed before (op ids are not checked by sealing).
    const offset = install.sync.bundles.nextSeq(stream) - 1;
    const numbered = ops.map((op) => ({ ...op, seq: op.seq + offset }));
    await install.sync.seal(stream, numbered);
    sealed.push(...numbered);
  }
  return sealed;
}
