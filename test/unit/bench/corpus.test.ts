import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const generator = new URL(
  "../../bench/corpus/make-observations.mjs",
  import.meta.url,
).pathname;

describe("reference corpus generator (copied from ../shared/bench/)", () => {
  it("is version 2.0.0", () => {
    expect(readFileSync(generator, "utf8")).toContain(
      "const GENERATOR_VERSION = '2.0.0';",
    );
  });

  it("produces the pinned first 1,000 records for seed 1", () => {
    const output = execFileSync(
      process.execPath,
      [generator, "--count", "1000", "--seed", "1"],
      {
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    expect(output.toString("utf8").trimEnd().split("\n")).toHaveLength(1000);
    expect(createHash("sha256").update(output).digest("hex")).toBe(
      "e59df07375c8ef672ce1d19e8752700184c7f6c8ab3ee516d98b799b967b3225",
    );
  });
});
