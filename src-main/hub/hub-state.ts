import { z } from "zod";
import { countryCodeSchema } from "../../shared/domain/countries";
import { roleSchema } from "../../shared/domain/roles";
import { errorCodeSchema } from "../../shared/errors";
import type { SyncStore } from "../bundles/sync-store";

/** A code this (admin) install made; its secret is dropped once a device used it. */
const issuedCodeSchema = z.object({
  tokenHash: z.string(),
  secret: z.string().optional(),
  role: roleSchema,
  countries: z.array(countryCodeSchema),
  expiresAt: z.iso.datetime(),
  /** The service holds its token's hash. */
  uploaded: z.boolean(),
  grantSignature: z.string(),
  usedBy: z.string().optional(),
});
export type IssuedCode = z.infer<typeof issuedCodeSchema>;

const hubStateSchema = z.object({
  /** This device asked to join with a code. */
  enrolment: z
    .object({
      hubUrl: z.string(),
      role: roleSchema,
      countries: z.array(z.string()),
      requestedAt: z.iso.datetime(),
    })
    .optional(),
  lastSyncAt: z.iso.datetime().optional(),
  lastError: z
    .object({
      code: errorCodeSchema,
      message: z.string(),
      at: z.iso.datetime(),
    })
    .optional(),
  /** The service's id of the last inbox item taken. */
  inboxAfter: z.string().default("0"),
  /** The admin install: the roster version the service was last given. */
  publishedRosterVersion: z.number().int().default(0),
  /** Hub staff: signed receipts the service has not accepted yet. */
  pendingReceipts: z.array(z.string()).default([]),
  issuedCodes: z.array(issuedCodeSchema).default([]),
});
export type HubState = z.infer<typeof hubStateSchema>;

const FILE = "hub-state.json";
const EMPTY: HubState = {
  inboxAfter: "0",
  publishedRosterVersion: 0,
  pendingReceipts: [],
  issuedCodes: [],
};

/** Connected sync's own state, in `<data>/sync/hub-state.json`, written atomically. */
export const readHubState = (store: SyncStore): HubState =>
  store.readJson(FILE, hubStateSchema, EMPTY);

export function updateHubState(
  store: SyncStore,
  change: (state: HubState) => HubState,
): HubState {
  const next = change(readHubState(store));
  store.writeJson(FILE, next);
  return next;
}
