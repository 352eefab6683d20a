import type { FastifyInstance } from "fastify";
import type { HubDatabase } from "../db/database";

/** `GET /v1/health`: the service answers, and says whether `init` has given it its hub card. */
export function healthRoute(app: FastifyInstance, db: HubDatabase): void {
  app.get("/v1/health", async () => {
    const [hub] = await db.query<{ count: string }>(
      "SELECT count(*)::text AS count FROM hub",
    );
    return { status: "ok", initialised: hub?.count === "1" };
  });
}
