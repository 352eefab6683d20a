import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

/** Runs the CLI as an operator does, `npm run -s bundle -- …`, without npm's own start-up. */
function bundleCli(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "src-main/cli/bundle-cli.ts", ...args],
    { encoding: "utf8" },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
let bundle: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "pd-bundle-cli-"));
  const demo = bundleCli("demo", "--out", dir, "--observations", "30");
  expect(demo.code, demo.stderr).toBe(0);
  bundle = join(dir, "demo.pdbundle");
}, 60_000);

// Each run starts Node with tsx (about a second here).
describe("npm run -s bundle", { timeout: 30_000 }, () => {
  it("demo writes a hub key in age's format and a bundle of corpus observations", () => {
    expect(readFileSync(join(dir, "hub.key"), "utf8")).toMatch(
      /^# .*\n# public key: age1[0-9a-z]+\nAGE-SECRET-KEY-1[0-9A-Z]+\n$/,
    );
    const inspected = JSON.parse(bundleCli("inspect", bundle).stdout) as Record<
      string,
      unknown
    >;
    expect(inspected).toMatchObject({
      kind: "ops",
      stream: "hub",
      seqFirst: 1,
      recipients: ["hub"],
    });
    expect(inspected.deviceId).toMatch(/^pd[0-9a-f]{32}$/);
  });

  it("verify exits 0 for a whole bundle, and 1 with the code for a damaged one", () => {
    expect(bundleCli("verify", bundle)).toMatchObject({ code: 0 });
    const bytes = readFileSync(bundle);
    const cut = join(dir, "cut.pdbundle");
    writeFileSync(cut, bytes.subarray(0, bytes.length - 1));
    const trailing = join(dir, "trailing.pdbundle");
    writeFileSync(trailing, Buffer.concat([bytes, Buffer.from("x")]));
    for (const [file, code] of [
      [cut, "BUNDLE_TRUNCATED"],
      [trailing, "BUNDLE_TRAILING_DATA"],
    ] as const) {
      const result = bundleCli("verify", file);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`^error: ${code} `));
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("body writes the age file that the reference age CLI decrypts", () => {
    const out = join(dir, "body.age");
    expect(bundleCli("body", bundle, "--out", out).code).toBe(0);
    const plain = execFileSync("age", ["-d", "-i", join(dir, "hub.key"), out]);
    expect(plain.subarray(0, 8).toString()).toBe("PDBODY01");
  });

  it("decrypt prints the manifest, then one op per line, each from the bundle's device", () => {
    const result = bundleCli(
      "decrypt",
      bundle,
      "--identity",
      join(dir, "hub.key"),
    );
    expect(result.code, result.stderr).toBe(0);
    const [manifest, ...ops] = result.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(manifest).toMatchObject({
      kind: "ops",
      codec: "br",
      entries: ops.length,
    });
    expect(ops.map((op) => op.seq)).toEqual(ops.map((_op, index) => index + 1));
    expect(ops.filter((op) => op.entity === "observation")).toHaveLength(30);
  });

  it("refuses a key that is not a recipient with exit 1", () => {
    const other = join(dir, "other.key");
    writeFileSync(
      other,
      execFileSync("age-keygen", {
        stdio: ["ignore", "pipe", "ignore"],
      }).toString(),
    );
    const result = bundleCli("decrypt", bundle, "--identity", other);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: BUNDLE_NOT_FOR_THIS_DEVICE /);
  });

  it("answers a usage mistake with exit 2 and the usage", () => {
    for (const args of [
      [],
      ["frob"],
      ["verify"],
      ["body", bundle],
      ["verify", bundle, "--bogus"],
    ]) {
      const result = bundleCli(...args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr).toContain("Usage: npm run -s bundle --");
    }
  });
});
