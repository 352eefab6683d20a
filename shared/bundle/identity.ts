import { base64urlnopad, hex } from "@scure/base";
import { ed25519 } from "@noble/curves/ed25519.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { DeskFailure } from "../errors";

/** A device id is `pd` and the first 16 bytes of sha256(Ed25519 public key), in hex. */
export function deviceIdOf(publicKey: Uint8Array): string {
  return `pd${hex.encode(sha256(publicKey).subarray(0, 16))}`;
}

export const encodePublicKey = (key: Uint8Array) => base64urlnopad.encode(key);

/** A sender key as written in a header: 32 bytes, base64url without padding. */
export function decodePublicKey(text: string): Uint8Array {
  let key: Uint8Array;
  try {
    key = base64urlnopad.decode(text);
  } catch {
    throw new DeskFailure("BUNDLE_MALFORMED", "sender key is not base64url");
  }
  if (key.length !== 32)
    throw new DeskFailure("BUNDLE_MALFORMED", "sender key is not 32 bytes");
  return key;
}

/** True only for a valid Ed25519 signature; a malformed key or signature is simply false. */
export function verifySignature(
  signature: Uint8Array,
  message: Uint8Array,
  publicKey: Uint8Array,
): boolean {
  try {
    return ed25519.verify(signature, message, publicKey);
  } catch {
    return false;
  }
}

export const sha256Hex = (bytes: Uint8Array) => hex.encode(sha256(bytes));

/** Signature checks and digests: the JS ones here, or faster native ones where there are. */
export interface VerifyTools {
  verify: typeof verifySignature;
  sha256Hex: (bytes: Uint8Array) => string;
}
export const JS_VERIFY: VerifyTools = { verify: verifySignature, sha256Hex };
