import type { FastifyRequest } from "fastify";
import { base64urlnopad } from "@scure/base";
import { decodePublicKey } from "../../shared/bundle/identity";
import { DeskFailure } from "../../shared/errors";
import {
  MAX_CLOCK_SKEW_MS,
  REQUEST_HEADERS,
  requestMessage,
} from "../../shared/hub/request-signing";
import type { HubDatabase } from "../db/database";
import { findDevice, type DeviceRow } from "../store/devices";
import { bodyBytes } from "./body";
import { NODE_VERIFY } from "./node-verify";

export interface AuthenticateOptions {
  /** A queued device may ask for its roster slice, and nothing else. */
  allowQueued?: boolean;
  /** Where the signing key of a device the database does not know yet may come from. */
  unknownDevice?: (deviceId: string) => DeviceRow | undefined;
}

const header = (request: FastifyRequest, name: string) => {
  const value = request.headers[name];
  return typeof value === "string" ? value : undefined;
};

/**
 * Checks a signed request (docs/sync-protocol.md, section 7): the time within the allowed
 * skew, a device allowed to call, its signature over method, path, time and body digest, and
 * a signature never seen before (the replay cache is in the database, shared by every process).
 */
export async function authenticate(
  request: FastifyRequest,
  db: HubDatabase,
  now: Date,
  options: AuthenticateOptions = {},
): Promise<DeviceRow> {
  const deviceId = header(request, REQUEST_HEADERS.device);
  const time = header(request, REQUEST_HEADERS.time);
  const signature = header(request, REQUEST_HEADERS.signature);
  if (deviceId === undefined || time === undefined || signature === undefined)
    throw new DeskFailure(
      "SIGNATURE_INVALID",
      `the request is not signed: ${Object.values(REQUEST_HEADERS).join(", ")} are required`,
    );
  const signedAt = Date.parse(time);
  if (
    !Number.isFinite(signedAt) ||
    Math.abs(signedAt - now.getTime()) > MAX_CLOCK_SKEW_MS
  )
    throw new DeskFailure(
      "CLOCK_SKEW",
      `signed at ${time}, the service's time is ${now.toISOString()}`,
    );
  const device =
    (await findDevice(db, deviceId)) ?? options.unknownDevice?.(deviceId);
  if (device === undefined)
    throw new DeskFailure("DEVICE_UNKNOWN", `no device ${deviceId}`);
  if (device.status === "blocked")
    throw new DeskFailure(
      "DEVICE_BLOCKED",
      `it was blocked on ${device.blockedAt?.slice(0, 10) ?? "an earlier date"}`,
    );
  if (device.status === "queued" && options.allowQueued !== true)
    throw new DeskFailure(
      "DEVICE_QUEUED",
      "the hub admin has not confirmed this device yet",
    );
  let signatureBytes: Uint8Array;
  try {
    signatureBytes = base64urlnopad.decode(signature);
  } catch {
    signatureBytes = new Uint8Array();
  }
  if (
    !NODE_VERIFY.verify(
      signatureBytes,
      requestMessage(
        request.method,
        request.url,
        time,
        bodyBytes(request),
        NODE_VERIFY.sha256Hex,
      ),
      decodePublicKey(device.card.signingKey),
    )
  )
    throw new DeskFailure(
      "SIGNATURE_INVALID",
      "the signature does not match this device's key and this request",
    );
  const [fresh] = await db.query(
    "INSERT INTO seen_requests (signature, seen_at) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1",
    [signature, now],
  );
  if (fresh === undefined)
    throw new DeskFailure(
      "REQUEST_REPLAYED",
      "this exact signed request was already received",
    );
  return device;
}

/** Forgets signatures older than the skew window: they would be refused for their time anyway. */
export async function forgetOldSignatures(
  db: HubDatabase,
  now: Date,
): Promise<void> {
  await db.query("DELETE FROM seen_requests WHERE seen_at < $1", [
    new Date(now.getTime() - 2 * MAX_CLOCK_SKEW_MS),
  ]);
}
