import { ed25519 } from "@noble/curves/ed25519.js";
import { describe, expect, it } from "vitest";
import { JS_VERIFY } from "../../../shared/bundle/identity";
import { NODE_VERIFY } from "../../../src-hub/http/node-verify";

describe("the service's native signature checks", () => {
  it("agree with the app's JS ones on good, altered and malformed input", () => {
    const key = ed25519.utils.randomSecretKey();
    const publicKey = ed25519.getPublicKey(key);
    const message = new TextEncoder().encode("prevention-desk/request/1");
    const signature = ed25519.sign(message, key);
    const altered = signature.slice();
    altered[0] = (altered[0] ?? 0) ^ 1;
    const cases: [Uint8Array, Uint8Array, Uint8Array][] = [
      [signature, message, publicKey],
      [altered, message, publicKey],
      [signature, new Uint8Array([1, 2, 3]), publicKey],
      [
        signature,
        message,
        ed25519.getPublicKey(ed25519.utils.randomSecretKey()),
      ],
      [signature.subarray(0, 63), message, publicKey],
      [signature, message, publicKey.subarray(0, 31)],
    ];
    expect(cases.map((args) => NODE_VERIFY.verify(...args))).toEqual(
      cases.map((args) => JS_VERIFY.verify(...args)),
    );
    expect(cases.map((args) => NODE_VERIFY.verify(...args))).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(NODE_VERIFY.sha256Hex(message)).toBe(JS_VERIFY.sha256Hex(message));
  });
});
