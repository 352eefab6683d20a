import Fastify, { type FastifyInstance } from "fastify";
import rateLimit from "@fastify/rate-limit";
import { REQUEST_HEADERS } from "../shared/hub/request-signing";
import type { HubDatabase } from "./db/database";
import { forgetOldSignatures } from "./http/authenticate";
import { keepRawBodies } from "./http/body";
import { answerRefusals } from "./http/refusals";
import { hubCardCache } from "./store/hub";
import type { HubContext } from "./routes/context";
import { deviceRoutes } from "./routes/devices";
import { enrolRoutes } from "./routes/enrol";
import { healthRoute } from "./routes/health";
import { mailboxRoutes } from "./routes/mailbox";
import { rosterRoutes } from "./routes/roster";

/** Requests carry at most a bundle (2 MiB of content) and its header. */
const BODY_LIMIT = 2 * 1024 * 1024 + 64 * 1024;

export interface HubOptions {
  /** Structured logs (pino): true for stdout, or a stream. */
  logger?: boolean | { write(line: string): void };
  now?: () => Date;
  /** Requests per minute from one device at one address (or one address before enrolment). */
  rateLimit?: number;
}

/**
 * The hub service over a migrated database (ARCHITECTURE section 5): a mailbox and a gate.
 * Logs carry method, path, status and time; never bodies or headers.
 */
export async function buildHub(
  db: HubDatabase,
  options: HubOptions = {},
): Promise<FastifyInstance> {
  const now = options.now ?? (() => new Date());
  const logger = options.logger ?? false;
  const app = Fastify({
    logger:
      typeof logger === "boolean" ? logger : { level: "info", stream: logger },
    bodyLimit: BODY_LIMIT,
  });
  keepRawBodies(app);
  answerRefusals(app, now);
  await app.register(rateLimit, {
    max: options.rateLimit ?? 600,
    timeWindow: "1 minute",
    // The device header is not checked yet here: keyed with the address too, a request that
    // claims another device's id from elsewhere cannot use up that device's allowance.
    keyGenerator: (request) => {
      const device = request.headers[REQUEST_HEADERS.device];
      return typeof device === "string"
        ? `${request.ip} ${device}`
        : request.ip;
    },
  });
  const context: HubContext = { db, now, hubCard: hubCardCache(db) };
  healthRoute(app, db);
  enrolRoutes(app, context);
  mailboxRoutes(app, context);
  rosterRoutes(app, context);
  deviceRoutes(app, context);
  const pruning = setInterval(() => {
    forgetOldSignatures(db, now()).catch((error: unknown) => {
      app.log.error({ err: error }, "could not prune the replay cache");
    });
  }, 60_000);
  pruning.unref();
  app.addHook("onClose", () => {
    clearInterval(pruning);
  });
  return app;
}
