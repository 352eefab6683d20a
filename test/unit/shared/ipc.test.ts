import { describe, expect, it, vi } from "vitest";
import {
  CHANNELS,
  EVENT_NAMES,
  buildDeskApi,
  contract,
  events,
} from "../../../shared/ipc";
import { ok } from "../../../shared/errors";

describe("IPC contract", () => {
  it("declares exactly the channels and events the preload exposes", () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(events).sort()).toEqual([...EVENT_NAMES].sort());
  });

  it("names every channel domain.verb", () => {
    for (const name of CHANNELS) expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });

  it("builds window.desk with one method per channel that forwards to the transport", async () => {
    const invoke = vi.fn((channel: string) => Promise.resolve(ok(channel)));
    const desk = buildDeskApi(invoke as never, () => () => undefined);
    const methods = Object.entries(desk).flatMap(([domain, verbs]) =>
      typeof verbs === "function"
        ? []
        : Object.keys(verbs).map((verb) => `${domain}.${verb}`),
    );
    expect(methods.sort()).toEqual([...CHANNELS].sort());
    await desk.settings.setLanguage({ language: "fr" });
    expect(invoke).toHaveBeenCalledWith("settings.setLanguage", {
      language: "fr",
    });
  });
});
