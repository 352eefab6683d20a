import Fastify, { type FastifyInstance } from "fastify";
import type { HubDatabase } from "./db/database";
import { healthRoute } from "./routes/health";

/** Requests carry at most a bundle (2 MiB) and its envelope. */
const BODY_LIMIT = 2 * 1024 * 1024 + 64 * 1024;

/**
 * The hub service over a migrated database. Logs are structured (pino) and carry method, path
 * and status, never bodies.
 */
export function buildHub(
  db: HubDatabase,
  options: { logger?: boolean } = {},
): FastifyInstance {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
  });
  healthRoute(app, db);
  return app;
}
