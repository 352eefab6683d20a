import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The reference corpus generator, copied unchanged from ../shared/bench (see its README). */
const generator = fileURLToPath(
  new URL("../../test/bench/corpus/make-observations.mjs", import.meta.url),
);

/** Runs the generator and returns its JSON lines: demo data, tests and benchmarks share it. */
export function corpusLines(
  count: number,
  options: { seed?: number; lang?: "en" | "fr" | "mixed" } = {},
): string[] {
  const args = ["--count", String(count), "--seed", String(options.seed ?? 1)];
  if (options.lang) args.push("--lang", options.lang);
  const output = execFileSync(process.execPath, [generator, ...args], {
    encoding: "utf8",
    maxBuffer: 1024 * 1024 * 1024,
  });
  return output.trimEnd().split("\n");
}
