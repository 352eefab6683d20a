import type { FastifyInstance } from "fastify";
import { DeskFailure } from "../../shared/errors";
import type { QueuedDevice } from "../../shared/hub/api";
import { readDeviceCard } from "../../shared/identity/cards";
import { blockDevice, listDevices, queuedDevices } from "../store/devices";
import { hubStaff, type HubContext } from "./context";

/** Hub staff see the devices waiting and the service's view of every device, and block. */
export function deviceRoutes(app: FastifyInstance, context: HubContext): void {
  app.get("/v1/enrolments", async (request) => {
    await hubStaff(context, request, "see enrolments");
    const queued = await queuedDevices(context.db);
    return {
      queued: queued.map((row): QueuedDevice => ({
        deviceCard: readDeviceCard(JSON.parse(row.card)),
        tokenHash: row.token_hash,
        proof: row.proof,
        queuedAt: row.enrolled_at.toISOString(),
      })),
    };
  });

  app.get("/v1/devices", async (request) => {
    await hubStaff(context, request, "list devices");
    return {
      devices: (await listDevices(context.db)).map((device) => ({
        deviceId: device.deviceId,
        status: device.status,
        blockedAt: device.blockedAt,
      })),
    };
  });

  app.post<{ Params: { id: string } }>(
    "/v1/devices/:id/block",
    async (request) => {
      await hubStaff(context, request, "block devices");
      if (!(await blockDevice(context.db, request.params.id, context.now())))
        throw new DeskFailure(
          "UNAVAILABLE",
          `the service does not know ${request.params.id}`,
        );
      return { blocked: request.params.id };
    },
  );
}
