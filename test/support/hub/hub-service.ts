import { ed25519 } from "@noble/curves/ed25519.js";
import { encodePublicKey } from "../../../shared/bundle/identity";
import { DeskFailure } from "../../../shared/errors";
import { deviceCard, type DeviceCard } from "../../../shared/identity/cards";
import {
  rosterSlice,
  type Roster,
  type RosterEntry,
} from "../../../shared/identity/roster";
import { buildHub, type HubOptions } from "../../../src-hub/app";
import { openDatabase, type HubDatabase } from "../../../src-hub/db/database";
import { migrate } from "../../../src-hub/db/migrations";
import { initialiseHub } from "../../../src-hub/store/hub";
import {
  HubClient,
  type HubClientOptions,
} from "../../../src-main/hub/hub-client";
import { AT, type TestHub } from "../bundles/installs";
import type { TestDevice } from "../bundles/devices";
import type { Backend } from "./backends";

export interface RunningHub {
  url: string;
  db: HubDatabase;
  /** Every log line the service wrote. */
  logs: string[];
  data: Awaited<ReturnType<Backend["start"]>>;
  /** Stops the service and its database; `keepData` leaves the data for a restart. */
  close: (keepData?: boolean) => Promise<void>;
}

/** The hub service on a free localhost port, over a fresh database of `backend`. */
export async function startHubService(
  backend: Backend,
  options: HubOptions & { hub?: TestHub } = {},
  data?: RunningHub["data"],
): Promise<RunningHub> {
  const where = data ?? (await backend.start());
  const db = await openDatabase(where.where);
  await migrate(db);
  if (options.hub) await initialiseHub(db, options.hub.card);
  const logs: string[] = [];
  const app = await buildHub(db, {
    ...options,
    logger: {
      write: (line) => {
        logs.push(line);
      },
    },
  });
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  return {
    url,
    db,
    logs,
    data: where,
    close: async (keepData = false) => {
      await app.close();
      await db.close();
      if (!keepData) where.stop();
    },
  };
}

export const cardOf = (device: TestDevice): DeviceCard =>
  deviceCard(encodePublicKey(device.publicKey), device.recipient);

export const signerOf = (device: TestDevice) => ({
  deviceId: device.deviceId,
  sign: (bytes: Uint8Array) => ed25519.sign(bytes, device.signingKey),
});

export const clientFor = (
  url: string,
  device: TestDevice | null,
  options?: HubClientOptions,
) => new HubClient(url, device && signerOf(device), options);

export const entryOf = (
  device: TestDevice,
  role: RosterEntry["role"],
  countries: RosterEntry["countries"] = [],
  extra: Partial<RosterEntry> = {},
): RosterEntry => ({
  card: cardOf(device),
  role,
  countries,
  enrolledAt: AT.toISOString(),
  ...extra,
});

/** The signed full roster and one signed slice per device that is not hub staff. */
export function rosterFiles(
  hub: TestHub,
  version: number,
  entries: RosterEntry[],
): { roster: string; slices: string[] } {
  const roster: Roster = {
    kind: "prevention-desk/roster",
    version: 1,
    rosterVersion: version,
    issuedAt: AT.toISOString(),
    hub: hub.card,
    devices: entries,
  };
  return {
    roster: hub.signRoster(roster),
    slices: entries
      .filter((entry) => entry.role !== "hub")
      .map((entry) => hub.signRoster(rosterSlice(roster, entry.card.deviceId))),
  };
}

/** The code a request was refused with; fails when it was not refused. */
export async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DeskFailure) return error.code;
    throw error;
  }
  throw new Error("The request was not refused.");
}
