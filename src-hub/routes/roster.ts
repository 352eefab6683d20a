import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { DeskFailure } from "../../shared/errors";
import { rosterUploadSchema } from "../../shared/hub/api";
import { readRoster, rosterEntry } from "../../shared/identity/roster";
import { jsonBody } from "../http/body";
import { adoptRoster, type DeviceRow } from "../store/devices";
import { rosterFor, rosterVersion, saveRosters } from "../store/rosters";
import { caller, type HubContext } from "./context";

const ROSTER_BODY_LIMIT = 64 * 1024 * 1024;

/**
 * Rosters: the admin install publishes a signed roster and one slice per device; the service
 * checks them against the hub card's roster key and hands each device its own. It cannot make
 * or change one.
 */
export function rosterRoutes(app: FastifyInstance, context: HubContext): void {
  app.put("/v1/roster", { bodyLimit: ROSTER_BODY_LIMIT }, async (request) => {
    const hub = await context.hubCard();
    const body = jsonBody(request, rosterUploadSchema);
    const roster = readRoster(
      body.roster,
      hub,
      await rosterVersion(context.db),
    );
    // The first roster introduces the devices, the admin's among them.
    const listed = (deviceId: string): DeviceRow | undefined => {
      const entry = rosterEntry(roster, deviceId);
      return (
        entry && {
          deviceId,
          role: entry.role,
          countries: entry.countries,
          card: entry.card,
          status: entry.revoked ? "blocked" : "enrolled",
          blockedAt: entry.revoked?.at ?? null,
        }
      );
    };
    const device = await caller(context, request, { unknownDevice: listed });
    if (listed(device.deviceId)?.role !== "hub" || device.role !== "hub")
      throw new DeskFailure(
        "UNAUTHORIZED",
        "only a hub staff device of this roster publishes it",
      );
    const slices = new Map<string, string>();
    for (const text of body.slices) {
      const slice = readRoster(text, hub);
      if (
        slice.rosterVersion !== roster.rosterVersion ||
        slice.sliceFor === undefined ||
        rosterEntry(roster, slice.sliceFor) === undefined
      )
        throw new DeskFailure(
          "INVALID_ARGUMENT",
          "every slice must be of this roster version, for a device it lists",
        );
      slices.set(slice.sliceFor, text);
    }
    await context.db.transaction(async (tx) => {
      await saveRosters(tx, roster.rosterVersion, body.roster, slices);
      await adoptRoster(tx, roster);
    });
    return { rosterVersion: roster.rosterVersion };
  });

  app.get("/v1/roster", async (request, reply) => {
    const device = await caller(context, request, { allowQueued: true });
    const { after } = z
      .object({ after: z.coerce.number().int().min(0).default(0) })
      .parse(request.query);
    const roster = await rosterFor(
      context.db,
      device.deviceId,
      device.role === "hub",
    );
    if (roster === undefined)
      throw new DeskFailure("UNAVAILABLE", "no roster lists this device yet");
    if (roster.version <= after) return reply.status(204).send();
    return reply.header("content-type", "application/json").send(roster.text);
  });
}
