import type { FastifyError, FastifyInstance } from "fastify";
import { DeskFailure, type ErrorCode } from "../../shared/errors";
import type { HubError } from "../../shared/hub/api";

/** The HTTP status of each refusal the service makes (docs/sync-protocol.md, section 7). */
const STATUS: Partial<Record<ErrorCode, number>> = {
  BUNDLE_TOO_LARGE: 413,
  SEQ_FORK: 409,
  REQUEST_REPLAYED: 409,
  RECEIPT_NOT_STORED: 409,
  ROSTER_NOT_NEWER: 409,
  CLOCK_SKEW: 401,
  SIGNATURE_INVALID: 401,
  ENROL_TOKEN_UNKNOWN: 403,
  DEVICE_UNKNOWN: 403,
  DEVICE_QUEUED: 403,
  DEVICE_BLOCKED: 403,
  UNAUTHORIZED: 403,
  ROSTER_UNTRUSTED: 403,
  BUNDLE_UNKNOWN_SENDER: 403,
  BUNDLE_REVOKED_SENDER: 403,
  UNAVAILABLE: 404,
  RATE_LIMITED: 429,
  HUB_NOT_INITIALISED: 503,
};

/**
 * Every refusal leaves as `{ code, message }` with its status; a skewed clock also gets the
 * service's time. Unexpected errors are logged and answered `INTERNAL` without their detail.
 */
export function answerRefusals(app: FastifyInstance, now: () => Date): void {
  app.setErrorHandler<FastifyError | DeskFailure>((error, request, reply) => {
    let status: number;
    let body: HubError;
    if (error instanceof DeskFailure) {
      status = STATUS[error.code] ?? 400;
      body = { code: error.code, message: error.message };
      if (error.code === "CLOCK_SKEW") body.serverTime = now().toISOString();
    } else if (error.statusCode === 413) {
      status = 413;
      body = {
        code: "BUNDLE_TOO_LARGE",
        message: "The request body is larger than the service accepts.",
      };
    } else if (error.statusCode === 429) {
      status = 429;
      body = { code: "RATE_LIMITED", message: error.message };
    } else if (error.statusCode !== undefined && error.statusCode < 500) {
      status = error.statusCode;
      body = { code: "INVALID_ARGUMENT", message: error.message };
    } else {
      request.log.error({ err: error }, "request failed");
      status = 500;
      body = {
        code: "INTERNAL",
        message: "The hub service failed; see its log.",
      };
    }
    void reply.status(status).send(body);
  });
}
