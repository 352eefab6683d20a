import { utf8 } from "@scure/base";
import { DeskFailure } from "../errors";

/**
 * The signed frame that both layers of a bundle use (docs/bundle-format.md, sections 1 and 3):
 * a fixed prefix, a u32 length, that many bytes of UTF-8 JSON, a 64-byte Ed25519 signature over
 * everything before it, then the rest. Pure byte handling: signing and parsing are the caller's.
 */
export const SIGNATURE_BYTES = 64;
export const MAX_JSON_BYTES = 65_536;

export interface Frame {
  /** The prefix, the length and the JSON: exactly the bytes the signature covers. */
  signed: Uint8Array;
  json: Uint8Array;
  signature: Uint8Array;
  rest: Uint8Array;
}

export function writeFrame(
  prefix: Uint8Array,
  json: Uint8Array,
  sign: (signed: Uint8Array) => Uint8Array,
  rest: Uint8Array,
): Uint8Array {
  const signed = new Uint8Array(prefix.length + 4 + json.length);
  signed.set(prefix);
  new DataView(signed.buffer).setUint32(prefix.length, json.length);
  signed.set(json, prefix.length + 4);
  const signature = sign(signed);
  if (signature.length !== SIGNATURE_BYTES)
    throw new Error("An Ed25519 signature is 64 bytes.");
  const out = new Uint8Array(signed.length + SIGNATURE_BYTES + rest.length);
  out.set(signed);
  out.set(signature, signed.length);
  out.set(rest, signed.length + SIGNATURE_BYTES);
  return out;
}

/** Splits a frame whose prefix the caller has already checked; refuses impossible lengths. */
export function readFrame(bytes: Uint8Array, prefixLength: number): Frame {
  if (bytes.length < prefixLength + 4)
    throw new DeskFailure(
      "BUNDLE_TRUNCATED",
      "The file ends inside its header.",
    );
  const length = new DataView(
    bytes.buffer,
    bytes.byteOffset,
    bytes.byteLength,
  ).getUint32(prefixLength);
  if (length < 2 || length > MAX_JSON_BYTES)
    throw new DeskFailure(
      length > MAX_JSON_BYTES ? "BUNDLE_TOO_LARGE" : "BUNDLE_MALFORMED",
      `header of ${length} bytes (at most ${MAX_JSON_BYTES})`,
    );
  const jsonEnd = prefixLength + 4 + length;
  if (bytes.length < jsonEnd + SIGNATURE_BYTES)
    throw new DeskFailure(
      "BUNDLE_TRUNCATED",
      "The file ends inside its header.",
    );
  return {
    signed: bytes.subarray(0, jsonEnd),
    json: bytes.subarray(prefixLength + 4, jsonEnd),
    signature: bytes.subarray(jsonEnd, jsonEnd + SIGNATURE_BYTES),
    rest: bytes.subarray(jsonEnd + SIGNATURE_BYTES),
  };
}

/** Parses the UTF-8 JSON of a frame: JSON that does not parse is a malformed bundle. */
export function parseFrameJson(json: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(utf8.encode(json));
  } catch {
    throw new DeskFailure("BUNDLE_MALFORMED", `${what} is not valid JSON`);
  }
}

/** The rest of a frame must be exactly `length` bytes: fewer is truncated, more is trailing. */
export function exactRest(rest: Uint8Array, length: number): Uint8Array {
  if (rest.length < length)
    throw new DeskFailure(
      "BUNDLE_TRUNCATED",
      `The file is ${length - rest.length} bytes short.`,
    );
  if (rest.length > length)
    throw new DeskFailure(
      "BUNDLE_TRAILING_DATA",
      `${rest.length - length} bytes follow the end of the bundle.`,
    );
  return rest;
}
