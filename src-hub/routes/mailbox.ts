import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { verifyBundle } from "../../shared/bundle/bundle";
import { verifyReceiptSignature } from "../../shared/bundle/receipt";
import { DeskFailure } from "../../shared/errors";
import { bodyBytes } from "../http/body";
import { NODE_VERIFY } from "../http/node-verify";
import { findDevice } from "../store/devices";
import { listInbox, readItem, storeBundle, storeReceipt } from "../store/items";
import { caller, hubStaff, mailboxNames, type HubContext } from "./context";

const afterSchema = z.object({
  after: z
    .string()
    .regex(/^\d{1,18}$/)
    .default("0"),
});

/**
 * The mailbox (ARCHITECTURE section 5): bundles in, listed and downloaded by their
 * recipients; receipts from hub staff to the device they are for.
 */
export function mailboxRoutes(app: FastifyInstance, context: HubContext): void {
  app.post("/v1/bundles", async (request, reply) => {
    const device = await caller(context, request);
    const bytes = bodyBytes(request);
    const bundle = verifyBundle(bytes, NODE_VERIFY);
    if (bundle.deviceId !== device.deviceId) {
      if (device.role !== "hub")
        throw new DeskFailure(
          "UNAUTHORIZED",
          "a device uploads only its own bundles; hub staff relay other devices' bundles",
        );
      if ((await findDevice(context.db, bundle.deviceId)) === undefined)
        throw new DeskFailure(
          "BUNDLE_UNKNOWN_SENDER",
          `the service does not know ${bundle.deviceId}`,
        );
    }
    const stored = await storeBundle(
      context.db,
      bundle.deviceId,
      bundle.header,
      bytes,
      device.deviceId,
    );
    return reply.status(stored.duplicate ? 200 : 201).send(stored);
  });

  app.post("/v1/receipts", async (request, reply) => {
    const device = await hubStaff(context, request, "send receipts");
    const bytes = bodyBytes(request);
    const { receipt, signerId } = verifyReceiptSignature(
      Buffer.from(bytes).toString("utf8"),
    );
    if (signerId !== device.deviceId)
      throw new DeskFailure(
        "UNAUTHORIZED",
        "a hub staff device sends only the receipts it signed",
      );
    const stored = await storeReceipt(
      context.db,
      receipt,
      bytes,
      NODE_VERIFY.sha256Hex(bytes),
      device.deviceId,
    );
    return reply.status(stored.duplicate ? 200 : 201).send(stored);
  });

  app.get("/v1/inbox", async (request) => {
    const device = await caller(context, request);
    const { after } = afterSchema.parse(request.query);
    return listInbox(context.db, mailboxNames(device), device.deviceId, after);
  });

  app.get<{ Params: { id: string } }>(
    "/v1/items/:id",
    async (request, reply) => {
      const device = await caller(context, request);
      const bytes = /^\d{1,18}$/.test(request.params.id)
        ? await readItem(context.db, request.params.id, mailboxNames(device))
        : undefined;
      if (bytes === undefined)
        throw new DeskFailure(
          "UNAVAILABLE",
          `no item ${request.params.id} for this device`,
        );
      return reply
        .header("content-type", "application/octet-stream")
        .send(Buffer.from(bytes));
    },
  );
}
