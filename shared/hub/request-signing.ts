import { base64urlnopad, utf8 } from "@scure/base";
import { sha256Hex } from "../bundle/identity";

/**
 * How a device signs its requests to the hub service (docs/sync-protocol.md, section 7): its
 * Ed25519 key over the method, the path with its query, the time and the body's sha256. The
 * service refuses a time further than `MAX_CLOCK_SKEW_MS` from its own, and a signature it
 * has seen before.
 */
export const REQUEST_HEADERS = {
  device: "x-desk-device",
  time: "x-desk-time",
  signature: "x-desk-signature",
} as const;

export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/** The exact bytes signed: five lines, the first naming the scheme. */
export function requestMessage(
  method: string,
  path: string,
  time: string,
  body: Uint8Array,
  digest: (bytes: Uint8Array) => string = sha256Hex,
): Uint8Array {
  return utf8.decode(
    [
      "prevention-desk/request/1",
      method.toUpperCase(),
      path,
      time,
      digest(body),
    ].join("\n"),
  );
}

/** The three headers of a signed request made at `now`. */
export function signRequest(
  signer: { deviceId: string; sign: (bytes: Uint8Array) => Uint8Array },
  method: string,
  path: string,
  body: Uint8Array,
  now: Date,
): Record<string, string> {
  const time = now.toISOString();
  return {
    [REQUEST_HEADERS.device]: signer.deviceId,
    [REQUEST_HEADERS.time]: time,
    [REQUEST_HEADERS.signature]: base64urlnopad.encode(
      signer.sign(requestMessage(method, path, time, body)),
    ),
  };
}
