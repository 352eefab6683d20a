import { DeskFailure, type Result } from "../../../shared/errors";
import type { HubStatus } from "../../../shared/hub/hub-contract";
import type { DeskApi } from "../../../shared/ipc";
import type { DeskDatabase } from "../../db/db";
import { applyOpened } from "./apply-opened";
import { sealAttachments, sealNewOps } from "./seal-new";
import type { CycleStep } from "./connected-state";

export type CycleProgress = (
  step: CycleStep,
  done: number,
  total: number,
) => void;

async function unwrap<T>(request: Promise<Result<T>>): Promise<T> {
  const result = await request;
  if (!result.ok)
    throw new DeskFailure(result.error.code, result.error.message);
  return result.value;
}

/**
 * One connected sync (ARCHITECTURE section 3): seal what is new, send what the hub service has
 * not stored (attachments first), take the roster, receipts and bundles waiting there, import
 * those bundles here (hub staff then send their receipts), and on the admin install confirm
 * waiting devices. Without a hub connection, or with locked keys, it does nothing and makes no
 * request. Throws a `DeskFailure` with the first refusal.
 */
export async function runConnectedCycle(
  desk: DeskApi,
  db: DeskDatabase,
  progress: CycleProgress = () => undefined,
): Promise<HubStatus> {
  let hub = await unwrap(desk.hub.status(null));
  const status = await unwrap(desk.sync.status(null));
  if (hub.connection === "none" || status.keys !== "unlocked") return hub;
  // Waiting for the admin: the roster that confirms this device may be there now.
  if (hub.connection === "queued") {
    progress("receive", 0, 1);
    hub = await unwrap(desk.hub.pull(null));
    if (hub.connection === "queued") return hub;
  }
  const deviceId = status.deviceId;
  if (
    hub.connection === "enrolled" &&
    deviceId !== null &&
    status.fork === null
  ) {
    const sealed =
      (await sealNewOps(db, {
        status: () => unwrap(desk.sync.status(null)),
        seal: (chunk) => unwrap(desk.sync.seal(chunk)),
        progress: (done, total) => {
          progress("seal", done, total);
        },
      })) ?? status;
    const unsent = sealed.pending.filter((range) => !range.stored);
    const attachments = await sealAttachments(db, deviceId, unsent, (request) =>
      unwrap(desk.sync.sealBlobs(request)),
    );
    for (const [index, file] of attachments.entries()) {
      progress("send", index, attachments.length);
      await unwrap(desk.hub.upload(file));
    }
  }
  progress("send", 0, 1);
  await unwrap(desk.hub.push(null));
  progress("receive", 0, 1);
  let current = await unwrap(desk.hub.pull(null));
  const waiting = current.toImport;
  for (const [index, name] of waiting.entries()) {
    progress("import", index, waiting.length);
    const opened = await unwrap(desk.hub.openInbox({ name }));
    let applied = true;
    try {
      await applyOpened(db, opened);
    } catch (error) {
      // Nothing was applied: the bundle is set aside and the refusal shown.
      if (!(error instanceof DeskFailure)) throw error;
      applied = false;
    }
    current = await unwrap(desk.hub.imported({ name, applied }));
  }
  if (status.admin !== null) {
    progress("confirm", 0, 1);
    current = (await unwrap(desk.hub.confirm(null))).status;
  }
  return current;
}
