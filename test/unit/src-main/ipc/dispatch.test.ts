import { describe, expect, it, vi } from "vitest";
import { DeskFailure } from "../../../../shared/errors";
import { dispatch, type Handlers } from "../../../../src-main/ipc/dispatch";
import { fakeHandlers } from "../../../support/fake-handlers";

describe("dispatch", () => {
  it("passes a valid argument to the handler and returns its value", async () => {
    const handlers = fakeHandlers();
    const result = await dispatch(
      handlers,
      "settings.setLanguage",
      { language: "fr" },
      vi.fn(),
    );
    expect(handlers["settings.setLanguage"]).toHaveBeenCalledWith({
      language: "fr",
    });
    expect(result.ok).toBe(true);
  });

  it.each([
    ["a number for an object", 42],
    ["an unknown language", { language: "xx" }],
    ["an extra-typed field", { language: ["fr"] }],
    ["nothing", undefined],
  ])(
    "refuses %s with INVALID_ARGUMENT before the handler runs",
    async (_case, args) => {
      const handlers = fakeHandlers();
      const result = await dispatch(
        handlers,
        "settings.setLanguage",
        args,
        vi.fn(),
      );
      expect(result).toMatchObject({
        ok: false,
        error: { code: "INVALID_ARGUMENT" },
      });
      expect(result.ok ? "" : result.error.message).toContain(
        "settings.setLanguage",
      );
      expect(handlers["settings.setLanguage"]).not.toHaveBeenCalled();
    },
  );

  it("refuses an unknown channel", async () => {
    const result = await dispatch(
      fakeHandlers(),
      "keys.exportPrivate",
      null,
      vi.fn(),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: "UNKNOWN_CHANNEL" },
    });
  });

  it("turns a DeskFailure into its code and message", async () => {
    const handlers: Handlers = {
      ...fakeHandlers(),
      "settings.setRole": () => {
        throw new DeskFailure("ROLE_LOCKED", "enrolled");
      },
    };
    const result = await dispatch(
      handlers,
      "settings.setRole",
      { role: "hub", countries: [] },
      vi.fn(),
    );
    expect(result).toEqual({
      ok: false,
      error: { code: "ROLE_LOCKED", message: "enrolled" },
    });
  });

  it("hides unexpected errors from the renderer and logs them", async () => {
    const log = vi.fn();
    const handlers: Handlers = {
      ...fakeHandlers(),
      "app.info": () => {
        throw new Error("secret path /home/partner/keys");
      },
    };
    const result = await dispatch(handlers, "app.info", null, log);
    expect(result).toMatchObject({ ok: false, error: { code: "INTERNAL" } });
    expect(JSON.stringify(result)).not.toContain("/home/partner");
    expect(log).toHaveBeenCalledWith(expect.stringContaining("secret path"));
  });

  it("refuses a handler result that breaks the contract", async () => {
    const handlers = {
      ...fakeHandlers(),
      "app.info": () => ({ version: 1 }),
    } as unknown as Handlers;
    const result = await dispatch(handlers, "app.info", null, vi.fn());
    expect(result).toMatchObject({ ok: false, error: { code: "INTERNAL" } });
  });
});
