import { z } from "zod";
import { countryCodeSchema } from "../domain/countries";
import { roleSchema } from "../domain/roles";
import { errorCodeSchema } from "../errors";
import { fileSchema, syncChannels } from "../sync-contract";

/** Where this install stands with the hub service. */
export const connectionSchema = z.enum([
  /** No enrolment asked, and no roster lists it. */
  "none",
  /** Enrolled with a code; the hub admin has not confirmed it into a roster yet. */
  "queued",
  "enrolled",
  /** The roster revokes it, or the service blocked it. */
  "revoked",
]);

/** What the Sync screen and the status in the app's chrome show about connected sync. */
export const hubStatusSchema = z.object({
  connection: connectionSchema,
  hubUrl: z.string().nullable(),
  /** When the roster revoked this device (or the service said it blocked it). */
  revokedAt: z.iso.datetime().nullable(),
  lastSyncAt: z.iso.datetime().nullable(),
  lastError: z
    .object({
      code: errorCodeSchema,
      message: z.string(),
      at: z.iso.datetime(),
    })
    .nullable(),
  /** Sealed ranges the service has not stored yet, and receipts not sent yet. */
  toSend: z.number().int(),
  /** Bundles pulled from the hub, not imported yet. */
  toImport: z.array(z.string()),
  /** The admin install: codes it made that no device used yet. */
  openCodes: z.number().int(),
});
export type HubStatus = z.infer<typeof hubStatusSchema>;

export const enrolmentPreviewSchema = z.object({
  hubUrl: z.string(),
  hubFingerprint: z.string(),
  role: roleSchema,
  countries: z.array(z.string()),
  expiresAt: z.iso.datetime(),
});
export type EnrolmentPreview = z.infer<typeof enrolmentPreviewSchema>;

const codeSchema = z.object({ code: z.string().max(64 * 1024) });
const inboxNameSchema = z.object({
  name: z.string().regex(/^\d{1,20}\.pdbundle$/),
});

/** The connected-sync channels of the contract (`shared/ipc.ts` adds them to the rest). */
export const hubChannels = {
  "hub.status": { args: z.null(), result: hubStatusSchema },
  "hub.previewCode": { args: codeSchema, result: enrolmentPreviewSchema },
  "hub.enrol": { args: codeSchema, result: hubStatusSchema },
  "hub.push": { args: z.null(), result: hubStatusSchema },
  "hub.pull": { args: z.null(), result: hubStatusSchema },
  /** Sends one bundle file to the service: attachments sealed here, or a hub relaying a USB bundle. */
  "hub.upload": {
    args: fileSchema,
    result: z.object({ duplicate: z.boolean() }),
  },
  /** Hub staff: a bundle imported from USB goes to the service; its receipt follows. */
  "hub.relay": { args: fileSchema, result: hubStatusSchema },
  "hub.openInbox": {
    args: inboxNameSchema,
    result: syncChannels["sync.open"].result,
  },
  /** A pulled bundle was imported (hub staff: its receipt goes out), or refused and set aside. */
  "hub.imported": {
    args: inboxNameSchema.extend({ applied: z.boolean() }),
    result: hubStatusSchema,
  },
  "hub.createCode": {
    args: z.object({
      role: roleSchema,
      countries: z.array(countryCodeSchema),
      days: z.number().int().min(1).max(90),
    }),
    result: z.object({
      text: z.string(),
      file: fileSchema,
      qrPng: fileSchema,
    }),
  },
  /** The admin install: confirms queued devices, revokes blocked ones, publishes the roster. */
  "hub.confirm": {
    args: z.null(),
    result: z.object({
      confirmed: z.number().int(),
      revoked: z.number().int(),
      unknown: z.number().int(),
      status: hubStatusSchema,
    }),
  },
} as const;
