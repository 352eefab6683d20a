import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readRendererFile } from "../../../../src-main/services/renderer-files";

const base = mkdtempSync(join(tmpdir(), "pd-renderer-"));
const root = join(base, "renderer");
mkdirSync(join(root, "assets"), { recursive: true });
writeFileSync(join(root, "index.html"), "<!doctype html>");
writeFileSync(join(root, "assets", "app.js"), "console.log(1)");
writeFileSync(join(base, "secret.json"), '{"key":"private"}');
writeFileSync(join(root, "notes.txt"), "plain");

describe("readRendererFile", () => {
  it("serves index.html for / and files with their content type", async () => {
    expect(await readRendererFile(root, "/")).toMatchObject({
      contentType: "text/html; charset=utf-8",
    });
    const js = await readRendererFile(root, "/assets/app.js");
    expect(js?.contentType).toBe("text/javascript; charset=utf-8");
    expect(js?.body.toString()).toBe("console.log(1)");
  });

  it.each([
    "/../secret.json",
    "/%2e%2e/secret.json",
    "/assets/..%2f..%2fsecret.json",
    "/%00index.html",
    "/%E0%A4%A",
    "/notes.txt",
    "/missing.js",
  ])("refuses %s", async (path) => {
    expect(await readRendererFile(root, path)).toBeNull();
  });
});
