import { describe, expect, it } from "vitest";
import { enrolmentToken } from "../../../shared/identity/enrolment";
import { makeDevice } from "../../support/bundles/devices";
import { BACKENDS } from "../../support/hub/backends";
import {
  cardOf,
  clientFor,
  refusal,
  startHubService,
} from "../../support/hub/hub-service";

describe("hub service limits", () => {
  it("slows a device down past its rate with RATE_LIMITED", async () => {
    const [pglite] = BACKENDS;
    if (!pglite) throw new Error("no backend");
    const running = await startHubService(pglite, { rateLimit: 3 });
    try {
      const client = clientFor(running.url, null);
      for (let i = 0; i < 3; i += 1) await client.health();
      expect(await refusal(client.health())).toBe("RATE_LIMITED");
      expect(running.logs.join("")).toContain('"statusCode":429');
    } finally {
      await running.close();
    }
  }, 30_000);

  it("refuses enrolment until init", async () => {
    const [pglite] = BACKENDS;
    if (!pglite) throw new Error("no backend");
    const running = await startHubService(pglite);
    try {
      const device = await makeDevice();
      expect(await clientFor(running.url, null).health()).toEqual({
        status: "ok",
        initialised: false,
      });
      expect(
        await refusal(
          clientFor(running.url, null).enrol({
            token: enrolmentToken("z".repeat(43)),
            deviceCard: cardOf(device),
            proof: "p".repeat(43),
          }),
        ),
      ).toBe("HUB_NOT_INITIALISED");
    } finally {
      await running.close();
    }
  }, 30_000);
});
