import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const html = readFileSync("src-renderer/index.html", "utf8");
const policy =
  /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ??
  "";
const directives = new Map(
  policy.split(";").map((part) => {
    const [name = "", ...values] = part.trim().split(/\s+/);
    return [name, values] as const;
  }),
);

describe("renderer Content-Security-Policy", () => {
  it("allows only the app itself to run scripts and load content", () => {
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("script-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("base-uri")).toEqual(["'none'"]);
    expect(directives.get("connect-src")).toEqual(["'self'"]);
  });

  it("relaxes nothing but styles, which Mantine injects inline", () => {
    expect(directives.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy).not.toMatch(/unsafe-eval|\*|https?:/);
  });

  it("has no inline script", () => {
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
