import { z } from "zod";
import { blobPartSchema, bundleHeaderSchema } from "./bundle/header";
import { deviceCardSchema, hubCardSchema } from "./identity/cards";
import { countryCodeSchema } from "./domain/countries";
import { roleSchema } from "./domain/roles";
import { opSchema, streamSchema } from "./sync/op";

/** What the Sync screen shows: keys, trusted hub, roster, and sealed ranges awaiting a receipt. */
export const syncStatusSchema = z.object({
  keys: z.enum(["none", "locked", "unlocked"]),
  /** Whether the OS keychain can protect keys here (never in the browser shell). */
  keychainAvailable: z.boolean(),
  deviceId: z.string().nullable(),
  deviceCard: deviceCardSchema.nullable(),
  hubCard: hubCardSchema.nullable(),
  rosterVersion: z.number().int().nullable(),
  /** Hub staff installs: whether this one holds the hub decryption identity. */
  holdsHubIdentity: z.boolean(),
  /** The hub admin's install: the roster's devices (ids, roles, countries; never names). */
  admin: z
    .object({
      devices: z.array(
        z.object({
          deviceId: z.string(),
          role: roleSchema,
          countries: z.array(z.string()),
          revoked: z.boolean(),
        }),
      ),
    })
    .nullable(),
  /**
   * Hub staff installs: the regional staff devices of the roster, whose own `device:` streams
   * carry the names directory to them.
   */
  regionalDevices: z.array(z.string()),
  /** Hub staff installs: the field partners' devices, whose own streams carry meetings to them. */
  fieldDevices: z.array(
    z.object({ deviceId: z.string(), countries: z.array(z.string()) }),
  ),
  /** This device as the roster lists it, once enrolled. */
  enrolled: z
    .object({ role: roleSchema, countries: z.array(z.string()) })
    .nullable(),
  pending: z.array(
    z.object({
      stream: z.string(),
      seqFirst: z.number(),
      seqLast: z.number(),
      /** The hub service holds these bytes (connected sync); a receipt has not come yet. */
      stored: z.boolean(),
    }),
  ),
  nextSeq: z.record(z.string(), z.number().int()),
  /** When this install's keys were made, and when it last sealed an export. */
  keysCreatedAt: z.iso.datetime().nullable(),
  lastExportAt: z.iso.datetime().nullable(),
  /** A receipt showed the hub holds other content for this device's seqs: exports wait. */
  fork: z
    .object({
      stream: z.string(),
      seq: z.number().int(),
      detectedAt: z.iso.datetime(),
    })
    .nullable(),
  /**
   * This install moved to its id from `from` after a fork: its ops of `from` from these seqs
   * on (per stream; 1 where a stream is not listed) never left it and move to the new id.
   */
  relink: z
    .object({
      from: z.string(),
      reissueFrom: z.record(z.string(), z.number().int()),
    })
    .nullable(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

/** A file crossing to or from the renderer: a name and its bytes in base64. */
export const fileSchema = z.object({
  name: z.string().max(255),
  base64: z.string().max(48 * 1024 * 1024),
});
export type DeskFile = z.infer<typeof fileSchema>;

/** One part of an attachment's bytes, as it crosses to or from main. */
export const blobPartFileSchema = blobPartSchema.extend({
  base64: z.string().max(3 * 1024 * 1024),
});
export type BlobPartFile = z.infer<typeof blobPartFileSchema>;

const authorSchema = z.object({
  deviceId: z.string(),
  role: roleSchema,
  countries: z.array(z.string()),
  replaces: z.array(z.string()),
  lastAcceptedSeq: z.record(z.string(), z.number()).optional(),
});

/** The sync channels of the contract (`shared/ipc.ts` adds them to the rest). */
export const syncChannels = {
  "sync.status": { args: z.null(), result: syncStatusSchema },
  "sync.createKeys": {
    args: z.object({
      passphrase: z.string().nullable(),
      backupPassphrase: z.string(),
    }),
    result: z.object({ status: syncStatusSchema, backup: fileSchema }),
  },
  "sync.restore": {
    args: z.object({
      backup: fileSchema,
      backupPassphrase: z.string(),
      passphrase: z.string().nullable(),
      newBackupPassphrase: z.string(),
    }),
    result: z.object({ status: syncStatusSchema, backup: fileSchema }),
  },
  "sync.relink": {
    args: z.object({ backupPassphrase: z.string() }),
    result: z.object({ status: syncStatusSchema, backup: fileSchema }),
  },
  "sync.unlock": {
    args: z.object({ passphrase: z.string() }),
    result: syncStatusSchema,
  },
  "sync.trustHub": {
    args: z.object({ card: z.unknown(), confirmedFingerprint: z.string() }),
    result: syncStatusSchema,
  },
  "sync.importHubIdentity": {
    args: z.object({ file: fileSchema, passphrase: z.string() }),
    result: syncStatusSchema,
  },
  "sync.createHub": {
    args: z.object({
      hubUrl: z.url({ protocol: /^https?$/ }),
      identityPassphrase: z.string(),
    }),
    result: z.object({ status: syncStatusSchema, files: z.array(fileSchema) }),
  },
  "sync.enrolDevice": {
    args: z.object({
      card: z.unknown(),
      confirmedFingerprint: z.string(),
      role: roleSchema,
      countries: z.array(countryCodeSchema),
    }),
    result: syncStatusSchema,
  },
  "sync.revokeDevice": {
    args: z.object({ deviceId: z.string() }),
    result: syncStatusSchema,
  },
  "sync.rosterFiles": { args: z.null(), result: z.array(fileSchema) },
  "sync.importRoster": {
    args: z.object({ text: z.string().max(64 * 1024 * 1024) }),
    result: syncStatusSchema,
  },
  "sync.seal": {
    args: z.object({
      stream: streamSchema,
      ops: z.array(opSchema).min(1).max(1_000_000),
    }),
    result: syncStatusSchema,
  },
  "sync.pendingFiles": { args: z.null(), result: z.array(fileSchema) },
  "sync.open": {
    args: fileSchema,
    result: z.object({
      deviceId: z.string(),
      header: bundleHeaderSchema,
      /** An ops bundle's ops; empty for a blob bundle. */
      ops: z.array(opSchema),
      /** A blob bundle's attachment parts; empty for an ops bundle. */
      parts: z.array(blobPartFileSchema),
      author: authorSchema,
    }),
  },
  "sync.sealBlobs": {
    args: z.object({
      stream: streamSchema,
      parts: z.array(blobPartFileSchema).min(1),
    }),
    result: fileSchema,
  },
  "sync.issueReceipt": {
    args: z.object({
      deviceId: z.string(),
      headers: z.array(bundleHeaderSchema).min(1),
    }),
    result: fileSchema,
  },
  "sync.acceptReceipt": {
    args: z.object({ text: z.string().max(4 * 1024 * 1024) }),
    result: z.object({
      acknowledged: z.number().int(),
      status: syncStatusSchema,
    }),
  },
} as const;
