import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { resources } from "../../../../../shared/i18n/resources";
import type { HubStatus } from "../../../../../shared/hub/hub-contract";
import type { ConnectedState } from "../../../../../src-renderer/features/sync/connected-state";
import { connectedSummary } from "../../../../../src-renderer/features/sync/connected-summary";

const hub: HubStatus = {
  connection: "enrolled",
  hubUrl: "https://hub.example.org",
  revokedAt: null,
  lastSyncAt: null,
  lastError: null,
  toSend: 0,
  toImport: [],
  openCodes: 0,
};
const state = (change: Partial<ConnectedState>): ConnectedState => ({
  hub,
  online: true,
  running: false,
  progress: null,
  error: null,
  ...change,
});

const t = i18next.createInstance();
beforeAll(async () => {
  await t.init({ resources, lng: "en", interpolation: { escapeValue: false } });
});
const summary = (change: Partial<ConnectedState>, language = "en") =>
  connectedSummary(t.getFixedT(language), language, state(change));

describe("the one line about connected sync", () => {
  it("says nothing without a hub connection", () => {
    expect(summary({ hub: { ...hub, connection: "none" } })).toBeNull();
  });

  it("says in plain words that the hub refused a revoked device, and when", () => {
    expect(
      summary({
        hub: {
          ...hub,
          connection: "revoked",
          revokedAt: "2026-05-03T09:00:00.000Z",
        },
      }),
    ).toEqual({
      tone: "error",
      text: "The hub refused this device: it was revoked on May 3, 2026. Contact the hub.",
    });
  });

  it("tells offline, waiting, the last refusal and a sync under way apart", () => {
    expect(summary({ online: false, hub: { ...hub, toSend: 3 } })).toEqual({
      tone: "warn",
      text: "Offline · 3 items waiting to send",
    });
    expect(summary({ hub: { ...hub, connection: "queued" } })?.text).toBe(
      "Waiting for the hub to confirm this device",
    );
    expect(
      summary({
        error: { code: "HUB_UNREACHABLE", message: "connect ECONNREFUSED" },
      }),
    ).toEqual({
      tone: "error",
      text: "The hub cannot be reached right now (connect ECONNREFUSED). Prevention Desk will try again; nothing is lost.",
    });
    expect(
      summary({ running: true, progress: { step: "send", done: 0, total: 1 } })
        ?.text,
    ).toBe("Syncing: sending…");
    expect(
      summary({
        hub: {
          ...hub,
          toSend: 1,
          lastSyncAt: new Date(Date.now() - 120_000).toISOString(),
        },
      })?.text,
    ).toBe("Synced 2 minutes ago · 1 item waiting");
  });
});
