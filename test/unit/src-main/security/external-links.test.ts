import { describe, expect, it } from "vitest";
import { allowedExternalLink } from "../../../../src-main/security/external-links";

describe("external link allow-list", () => {
  it("allows https links to the partner sites, normalised", () => {
    expect(allowedExternalLink("https://quno.org/areas-of-work")).toBe(
      "https://quno.org/areas-of-work",
    );
    expect(allowedExternalLink("https://www.gppac.net/a b")).toBe(
      "https://www.gppac.net/a%20b",
    );
  });

  it.each([
    "https://user:pw@quno.org/",
    "https://quno.org.evil.example/",
    "http://quno.org/",
    "javascript:alert(1)",
    "file:///etc/passwd",
    "not a url",
    " https://quno.org/",
    "https://quno.org/\n",
    "\u0001https://quno.org/x",
  ])("refuses %j", (url) => {
    expect(allowedExternalLink(url)).toBeNull();
  });
});
