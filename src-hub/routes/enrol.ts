import type { FastifyInstance } from "fastify";
import { base64urlnopad } from "@scure/base";
import { decodePublicKey, verifySignature } from "../../shared/bundle/identity";
import { DeskFailure } from "../../shared/errors";
import { enrolRequestSchema, tokenUploadSchema } from "../../shared/hub/api";
import { readDeviceCard } from "../../shared/identity/cards";
import { tokenGrantMessage, tokenHash } from "../../shared/identity/enrolment";
import { jsonBody } from "../http/body";
import { queueDevice } from "../store/devices";
import { hubStaff, type HubContext } from "./context";

/**
 * Enrolment (ARCHITECTURE section 4). The admin install uploads the hashes of the tokens in
 * the codes it made, each signed with the roster key; a device presents a token once and is
 * queued until the admin confirms it into a roster. The service never makes a token.
 */
export function enrolRoutes(app: FastifyInstance, context: HubContext): void {
  app.post(
    "/v1/enrol",
    { config: { rateLimit: { max: 20, timeWindow: "1 minute" } } },
    async (request, reply) => {
      await context.hubCard();
      const body = jsonBody(request, enrolRequestSchema);
      const card = readDeviceCard(body.deviceCard);
      const hash = tokenHash(body.token);
      const now = context.now();
      await context.db.transaction(async (tx) => {
        // A device that retries after a lost answer finds its own use of the token.
        const [granted] = await tx.query(
          `UPDATE enrol_tokens SET used_by = $2, used_at = COALESCE(used_at, $3)
           WHERE token_hash = $1 AND expires_at > $3 AND (used_by IS NULL OR used_by = $2)
           RETURNING 1`,
          [hash, card.deviceId, now],
        );
        if (granted === undefined)
          throw new DeskFailure(
            "ENROL_TOKEN_UNKNOWN",
            "the hub admin never issued this token, or it was used or has expired",
          );
        await queueDevice(tx, card, hash, body.proof, now);
      });
      return reply
        .status(202)
        .send({ status: "queued", deviceId: card.deviceId });
    },
  );

  app.post("/v1/enrolment-tokens", async (request) => {
    await hubStaff(context, request, "upload enrolment tokens");
    const { tokens } = jsonBody(request, tokenUploadSchema);
    const rosterKey = decodePublicKey((await context.hubCard()).rosterKey);
    for (const grant of tokens)
      if (
        !verifySignature(
          base64urlnopad.decode(grant.signature),
          tokenGrantMessage(grant.tokenHash, grant.expiresAt),
          rosterKey,
        )
      )
        throw new DeskFailure(
          "UNAUTHORIZED",
          "an enrolment token is not signed with this hub's roster key",
        );
    await context.db.transaction(async (tx) => {
      for (const grant of tokens)
        await tx.query(
          "INSERT INTO enrol_tokens (token_hash, expires_at) VALUES ($1, $2) ON CONFLICT DO NOTHING",
          [grant.tokenHash, grant.expiresAt],
        );
    });
    return { accepted: tokens.length };
  });
}
