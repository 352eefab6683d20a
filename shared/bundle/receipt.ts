import { base64urlnopad, utf8 } from "@scure/base";
import { z } from "zod";
import { DeskFailure } from "../errors";
import { authorEntry, type Roster } from "../identity/roster";
import {
  decodePublicKey,
  deviceIdOf,
  encodePublicKey,
  verifySignature,
} from "./identity";

/**
 * A receipt (ARCHITECTURE section 3): signed by a hub staff device after it imported bundles,
 * listing exactly which sealed ranges of one device and stream it holds. Only a receipt lets
 * a field device purge, and only ranges it sealed with matching hashes.
 */
export const receiptSchema = z.strictObject({
  kind: z.literal("prevention-desk/receipt"),
  version: z.literal(1),
  issuedAt: z.iso.datetime(),
  deviceId: z.string(),
  stream: z.string(),
  ranges: z
    .array(
      z.strictObject({
        seqFirst: z.number().int().min(1),
        seqLast: z.number().int().min(1),
        bodySha256: z.string().regex(/^[0-9a-f]{64}$/),
      }),
    )
    .min(1)
    .max(10_000),
});
export type Receipt = z.infer<typeof receiptSchema>;

const signedReceiptSchema = z.strictObject({
  receipt: z.string().max(4 * 1024 * 1024),
  signer: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  signature: z.string().regex(/^[A-Za-z0-9_-]{86}$/),
});

export function signReceipt(
  receipt: Receipt,
  signer: { publicKey: Uint8Array; sign: (bytes: Uint8Array) => Uint8Array },
): string {
  const text = JSON.stringify(receiptSchema.parse(receipt));
  return JSON.stringify({
    receipt: text,
    signer: encodePublicKey(signer.publicKey),
    signature: base64urlnopad.encode(signer.sign(utf8.decode(text))),
  });
}

/** A receipt's text and signature, checked; who signed it is not judged here. */
export function verifyReceiptSignature(text: string): {
  receipt: Receipt;
  signerId: string;
} {
  let file: z.infer<typeof signedReceiptSchema>;
  let receipt: Receipt;
  try {
    file = signedReceiptSchema.parse(JSON.parse(text));
    receipt = receiptSchema.parse(JSON.parse(file.receipt));
  } catch {
    throw new DeskFailure("BUNDLE_MALFORMED", "not a Prevention Desk receipt");
  }
  const signer = decodePublicKey(file.signer);
  if (
    !verifySignature(
      base64urlnopad.decode(file.signature),
      utf8.decode(file.receipt),
      signer,
    )
  )
    throw new DeskFailure(
      "BUNDLE_TAMPERED",
      "The receipt's signature does not hold.",
    );
  return { receipt, signerId: deviceIdOf(signer) };
}

/** Reads a receipt: signed by a hub staff device the roster knows and has not revoked. */
export function readReceipt(text: string, roster: Roster): Receipt {
  const { receipt, signerId } = verifyReceiptSignature(text);
  const issuer = authorEntry(roster, signerId);
  if (issuer?.role !== "hub" || issuer.lastAcceptedSeq !== undefined)
    throw new DeskFailure(
      "BUNDLE_UNKNOWN_SENDER",
      "The receipt is not signed by a hub staff device of the roster.",
    );
  return receipt;
}
