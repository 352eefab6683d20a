import { base32nopad, utf8 } from "@scure/base";
import { sha256 } from "@noble/hashes/sha2.js";
import { z } from "zod";
import { decodePublicKey, deviceIdOf } from "../bundle/identity";
import { DeskFailure } from "../errors";

/**
 * Cards (ARCHITECTURE section 4): public files that introduce a device or the hub, with a
 * fingerprint a person reads aloud over a second channel before trusting the card. No names.
 */
const ed25519KeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, "Not an Ed25519 key.");
const ageRecipientSchema = z
  .string()
  .regex(/^age1[02-9ac-hj-np-z]{58}$/, "Not an age X25519 recipient.");

/** How many earlier ids a device card may list in `replaces`. */
export const MAX_REPLACED_IDS = 16;

export const deviceCardSchema = z.strictObject({
  kind: z.literal("prevention-desk/device-card"),
  version: z.literal(1),
  deviceId: z.string(),
  signingKey: ed25519KeySchema,
  recipient: ageRecipientSchema,
  /**
   * Earlier ids of the same install (a restored backup, a fork), which this device takes over;
   * inside the fingerprint, so the admin confirms them with the holder.
   */
  replaces: z
    .array(z.string().regex(/^pd[0-9a-f]{32}$/, "Not a device id."))
    .min(1)
    .max(MAX_REPLACED_IDS)
    .optional(),
  fingerprint: z.string(),
});
export type DeviceCard = z.infer<typeof deviceCardSchema>;

export const hubCardSchema = z.strictObject({
  kind: z.literal("prevention-desk/hub-card"),
  version: z.literal(1),
  hubUrl: z.url({ protocol: /^https?$/ }),
  recipient: ageRecipientSchema,
  rosterKey: ed25519KeySchema,
  fingerprint: z.string(),
});
export type HubCard = z.infer<typeof hubCardSchema>;

/** 8 groups of 4 characters (160 bits of sha256 over the card's keys, base32): easy to read aloud. */
export function fingerprintOf(parts: readonly string[]): string {
  const digest = sha256(utf8.decode(parts.join("\n"))).subarray(0, 20);
  return (base32nopad.encode(digest).match(/.{4}/g) ?? []).join(" ");
}

export function deviceCard(
  signingKey: string,
  recipient: string,
  replaces: readonly string[] = [],
): DeviceCard {
  return {
    kind: "prevention-desk/device-card",
    version: 1,
    deviceId: deviceIdOf(decodePublicKey(signingKey)),
    signingKey,
    recipient,
    ...(replaces.length > 0 ? { replaces: [...replaces] } : {}),
    fingerprint: fingerprintOf(["device", signingKey, recipient, ...replaces]),
  };
}

export function hubCard(
  hubUrl: string,
  recipient: string,
  rosterKey: string,
): HubCard {
  return {
    kind: "prevention-desk/hub-card",
    version: 1,
    hubUrl,
    recipient,
    rosterKey,
    fingerprint: fingerprintOf(["hub", hubUrl, recipient, rosterKey]),
  };
}

/** Fingerprints compare as a person reads them aloud: spaces and case do not matter. */
export function sameFingerprint(a: string, b: string): boolean {
  const normalise = (text: string) => text.replace(/\s+/g, "").toUpperCase();
  return normalise(a) === normalise(b);
}

/** Parses a card from a file: schema, and the id and fingerprint recomputed from its keys. */
export function readDeviceCard(value: unknown): DeviceCard {
  const card = parseCard(deviceCardSchema, value, "device card");
  const expected = deviceCard(card.signingKey, card.recipient, card.replaces);
  if (
    card.deviceId !== expected.deviceId ||
    card.fingerprint !== expected.fingerprint
  )
    throw new DeskFailure(
      "BUNDLE_TAMPERED",
      "The device card's id or fingerprint does not match its keys.",
    );
  return card;
}

export function readHubCard(value: unknown): HubCard {
  const card = parseCard(hubCardSchema, value, "hub card");
  if (
    card.fingerprint !==
    hubCard(card.hubUrl, card.recipient, card.rosterKey).fingerprint
  )
    throw new DeskFailure(
      "BUNDLE_TAMPERED",
      "The hub card's fingerprint does not match its keys.",
    );
  return card;
}

function parseCard<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new DeskFailure(
      "BUNDLE_MALFORMED",
      `not a ${what}: ${parsed.error.issues[0]?.message ?? "invalid"}`,
    );
  return parsed.data;
}
