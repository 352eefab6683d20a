import { base64urlnopad, utf8 } from "@scure/base";
import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { z } from "zod";
import {
  decodePublicKey,
  sha256Hex,
  verifySignature,
} from "../bundle/identity";
import { countryCodeSchema } from "../domain/countries";
import { roleSchema } from "../domain/roles";
import { DeskFailure } from "../errors";
import { hubCardSchema, readHubCard, type DeviceCard } from "./cards";

/**
 * Enrolment codes (ARCHITECTURE section 4): made and signed by the hub admin's install with
 * the roster key, given to a person as a file, a text or a QR image. The hub service is not
 * trusted with them: it learns only `tokenHash(token)`, checks the token a device presents
 * against it and queues the device; the device also sends a proof over its card keyed by the
 * code's secret, which only the admin install can check, so a service that saw the token
 * still cannot enrol a device of its own.
 */
const KEY = /^[A-Za-z0-9_-]{43}$/;

export const enrolmentSchema = z.strictObject({
  kind: z.literal("prevention-desk/enrolment"),
  version: z.literal(1),
  hub: hubCardSchema,
  /** 32 random bytes, base64url: the token and the proof key derive from it. */
  secret: z.string().regex(KEY, "Not an enrolment secret."),
  role: roleSchema,
  countries: z.array(countryCodeSchema).max(250),
  expiresAt: z.iso.datetime(),
});
export type Enrolment = z.infer<typeof enrolmentSchema>;

const signedSchema = z.strictObject({
  enrolment: z.string().max(16_384),
  signature: z.string().regex(/^[A-Za-z0-9_-]{86}$/),
});

/** The text form: a prefix, then the signed file in base64url (also what the QR image holds). */
const TEXT_PREFIX = "PDENROL1-";

const derive = (secret: string, purpose: string) =>
  base64urlnopad.encode(
    sha256(utf8.decode(`prevention-desk/enrolment/${purpose}\n${secret}`)),
  );

/** What the device presents to the service. */
export const enrolmentToken = (secret: string) => derive(secret, "token");

/** What the admin uploads to the service, and finds queued devices by. */
export const tokenHash = (token: string) => sha256Hex(utf8.decode(token));

/**
 * The device's proof that it holds the code, over the card it enrols (its fingerprint, which
 * covers the card's keys and the ids it replaces).
 */
export function enrolmentProof(secret: string, card: DeviceCard): string {
  return base64urlnopad.encode(
    hmac(
      sha256,
      utf8.decode(derive(secret, "proof")),
      utf8.decode(card.fingerprint),
    ),
  );
}

/** What the admin's upload of a token hash carries, signed with the roster key. */
export const tokenGrantMessage = (hash: string, expiresAt: string) =>
  utf8.decode(`prevention-desk/enrol-token/1\n${hash}\n${expiresAt}`);

export function enrolmentCodeText(
  enrolment: Enrolment,
  sign: (bytes: Uint8Array) => Uint8Array,
): string {
  const text = JSON.stringify(enrolmentSchema.parse(enrolment));
  const file = JSON.stringify({
    enrolment: text,
    signature: base64urlnopad.encode(sign(utf8.decode(text))),
  });
  return TEXT_PREFIX + base64urlnopad.encode(utf8.decode(file));
}

/**
 * Reads a code as pasted, opened from its file or read from its QR image: signed by the roster
 * key of the hub card inside it, and not expired at `now`.
 */
export function readEnrolmentCode(input: string, now: Date): Enrolment {
  const compact = input.replace(/\s+/g, "");
  let enrolment: Enrolment;
  let file: z.infer<typeof signedSchema>;
  try {
    if (!compact.startsWith(TEXT_PREFIX)) throw new Error("prefix");
    file = signedSchema.parse(
      JSON.parse(
        utf8.encode(base64urlnopad.decode(compact.slice(TEXT_PREFIX.length))),
      ),
    );
    enrolment = enrolmentSchema.parse(JSON.parse(file.enrolment));
  } catch {
    throw new DeskFailure(
      "ENROL_CODE_INVALID",
      `it is not a Prevention Desk enrolment code (those start with ${TEXT_PREFIX})`,
    );
  }
  const hub = readHubCard(enrolment.hub);
  if (
    !verifySignature(
      base64urlnopad.decode(file.signature),
      utf8.decode(file.enrolment),
      decodePublicKey(hub.rosterKey),
    )
  )
    throw new DeskFailure(
      "ENROL_CODE_INVALID",
      "it was changed after the hub made it",
    );
  if (Date.parse(enrolment.expiresAt) <= now.getTime())
    throw new DeskFailure(
      "ENROL_CODE_EXPIRED",
      `expired on ${enrolment.expiresAt.slice(0, 10)}`,
    );
  return enrolment;
}
