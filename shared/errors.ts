import { z } from "zod";

/** Every refusal that crosses a border carries one of these stable codes. */
export const ERROR_CODES = [
  "INVALID_ARGUMENT",
  "UNKNOWN_CHANNEL",
  "FORBIDDEN_SENDER",
  "UNAUTHORIZED",
  "ROLE_LOCKED",
  "LINK_NOT_ALLOWED",
  "TASK_NOT_FOUND",
  "CANCELLED",
  "UNAVAILABLE",
  "INTERNAL",
  // Bundles (docs/bundle-format.md, section 6).
  "BUNDLE_NOT_A_BUNDLE",
  "BUNDLE_VERSION_UNSUPPORTED",
  "BUNDLE_TRUNCATED",
  "BUNDLE_TRAILING_DATA",
  "BUNDLE_TOO_LARGE",
  "BUNDLE_MALFORMED",
  "BUNDLE_TAMPERED",
  "BUNDLE_UNKNOWN_SENDER",
  "BUNDLE_REVOKED_SENDER",
  "BUNDLE_NOT_FOR_THIS_DEVICE",
  "SEQ_FORK",
  // Rosters and cards (ARCHITECTURE section 4).
  "ROSTER_NOT_NEWER",
  "ROSTER_UNTRUSTED",
  // Enrolment and the hub service (docs/sync-protocol.md, section 7).
  "ENROL_CODE_INVALID",
  "ENROL_CODE_EXPIRED",
  "ENROL_TOKEN_UNKNOWN",
  "HUB_NOT_INITIALISED",
  "HUB_UNREACHABLE",
  "CLOCK_SKEW",
  "REQUEST_REPLAYED",
  "SIGNATURE_INVALID",
  "DEVICE_UNKNOWN",
  "DEVICE_QUEUED",
  "DEVICE_BLOCKED",
  "RATE_LIMITED",
  "RECEIPT_NOT_STORED",
] as const;

export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const deskErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
});
export type DeskError = z.infer<typeof deskErrorSchema>;

export type Result<T> =
  { ok: true; value: T } | { ok: false; error: DeskError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

export const resultSchema = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion("ok", [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: deskErrorSchema }),
  ]);

/** Thrown inside services to refuse with a stable code; turned into a `fail` at the border. */
export class DeskFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "DeskFailure";
  }
}
