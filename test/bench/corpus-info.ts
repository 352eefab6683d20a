import { readFileSync } from "node:fs";
import { resolve } from "node:path";

/** The version of the reference corpus generator copied into test/bench/corpus/. */
export function generatorVersion(): string {
  const source = readFileSync(
    resolve("test/bench/corpus/make-observations.mjs"),
    "utf8",
  );
  return /const GENERATOR_VERSION = '([^']+)'/.exec(source)?.[1] ?? "unknown";
}
