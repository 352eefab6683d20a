import type { FastifyRequest } from "fastify";
import { DeskFailure } from "../../shared/errors";
import type { HubCard } from "../../shared/identity/cards";
import type { HubDatabase } from "../db/database";
import { authenticate, type AuthenticateOptions } from "../http/authenticate";
import type { DeviceRow } from "../store/devices";

/** What every route works with: the database, the clock, the hub card and request checks. */
export interface HubContext {
  db: HubDatabase;
  now: () => Date;
  hubCard: () => Promise<HubCard>;
}

export function caller(
  context: HubContext,
  request: FastifyRequest,
  options?: AuthenticateOptions,
): Promise<DeviceRow> {
  return authenticate(request, context.db, context.now(), options);
}

/** A signed request from a hub staff device; `what` says what only hub staff may do. */
export async function hubStaff(
  context: HubContext,
  request: FastifyRequest,
  what: string,
): Promise<DeviceRow> {
  const device = await caller(context, request);
  if (device.role !== "hub")
    throw new DeskFailure("UNAUTHORIZED", `only hub staff devices ${what}`);
  return device;
}

/** The mailbox names a device reads: its id, and `hub` for hub staff. */
export const mailboxNames = (device: DeviceRow) =>
  device.role === "hub" ? ["hub", device.deviceId] : [device.deviceId];
