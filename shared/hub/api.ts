import { z } from "zod";
import { deviceCardSchema } from "../identity/cards";
import { errorCodeSchema } from "../errors";

/**
 * The bodies of the hub service's API v1 (docs/sync-protocol.md, section 7), shared by the
 * service and the app's client. Bundles and receipts travel as their own bytes; everything
 * else is JSON.
 */
const base64url = (length: number) =>
  z.string().regex(new RegExp(`^[A-Za-z0-9_-]{${String(length)}}$`));
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const enrolRequestSchema = z.strictObject({
  token: base64url(43),
  deviceCard: deviceCardSchema,
  /** HMAC over the card with a key only the code's holder and the admin install know. */
  proof: base64url(43),
});
export type EnrolRequest = z.infer<typeof enrolRequestSchema>;

export const tokenGrantSchema = z.strictObject({
  tokenHash: sha256Hex,
  expiresAt: z.iso.datetime(),
  /** The roster key's signature over `tokenGrantMessage(tokenHash, expiresAt)`. */
  signature: base64url(86),
});
export const tokenUploadSchema = z.strictObject({
  tokens: z.array(tokenGrantSchema).min(1).max(1_000),
});

export const queuedDeviceSchema = z.strictObject({
  deviceCard: deviceCardSchema,
  tokenHash: sha256Hex,
  proof: base64url(43),
  queuedAt: z.iso.datetime(),
});
export type QueuedDevice = z.infer<typeof queuedDeviceSchema>;
export const enrolmentsSchema = z.strictObject({
  queued: z.array(queuedDeviceSchema),
});

export const deviceStatusSchema = z.enum(["queued", "enrolled", "blocked"]);
export const deviceListSchema = z.strictObject({
  devices: z.array(
    z.strictObject({
      deviceId: z.string(),
      status: deviceStatusSchema,
      blockedAt: z.iso.datetime().nullable(),
    }),
  ),
});

export const rosterUploadSchema = z.strictObject({
  /** The full roster file, signed with the roster key. */
  roster: z.string().max(64 * 1024 * 1024),
  /** One signed slice per device that is not hub staff. */
  slices: z.array(z.string().max(4 * 1024 * 1024)).max(100_000),
});

export const itemKindSchema = z.enum(["ops", "blobs", "receipt"]);
export const inboxItemSchema = z.strictObject({
  /** Increasing: the next listing starts after the last id seen. */
  id: z.string().regex(/^\d+$/),
  kind: itemKindSchema,
  senderId: z.string(),
  stream: z.string(),
  seqFirst: z.number().int(),
  seqLast: z.number().int(),
  bodySha256: sha256Hex,
  size: z.number().int(),
  storedAt: z.iso.datetime(),
});
export type InboxItem = z.infer<typeof inboxItemSchema>;
export const inboxSchema = z.strictObject({
  items: z.array(inboxItemSchema),
  /** More items wait: ask again with `after` set to the last id. */
  more: z.boolean(),
});

export const storedSchema = z.strictObject({
  id: z.string(),
  /** The service already held these exact bytes: nothing new was stored. */
  duplicate: z.boolean(),
});

export const hubErrorSchema = z.strictObject({
  code: errorCodeSchema,
  message: z.string(),
  /** With `CLOCK_SKEW`: the service's time, to sign again with. */
  serverTime: z.iso.datetime().optional(),
});
export type HubError = z.infer<typeof hubErrorSchema>;
