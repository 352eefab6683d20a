import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { generatorVersion } from "./corpus-info";
import { bundlesBenchmark } from "./bundles";
import { observationsBenchmark } from "./observations";
import { startupBenchmark } from "./startup";
import { hubBenchmark } from "./hub";
import { meetingInputBenchmark } from "./meeting-input";

/** `npm run bench -- <name>` runs one benchmark, no name runs all; results go to bench-results/<name>.json. */
const benchmarks: Record<string, () => Promise<Record<string, unknown>>> = {
  startup: startupBenchmark,
  observations: observationsBenchmark,
  bundles: bundlesBenchmark,
  hub: hubBenchmark,
  "meeting-input": meetingInputBenchmark,
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in benchmarks));
if (unknown.length > 0) {
  console.error(
    `Unknown benchmark ${unknown.join(", ")}. Known: ${Object.keys(benchmarks).join(", ")}.`,
  );
  process.exit(2);
}
mkdirSync(resolve("bench-results"), { recursive: true });
for (const name of wanted.length > 0 ? wanted : Object.keys(benchmarks)) {
  const run = benchmarks[name];
  if (!run) continue;
  const figures = await run();
  const result = {
    benchmark: name,
    generatorVersion: generatorVersion(),
    ...figures,
  };
  writeFileSync(
    resolve("bench-results", `${name}.json`),
    `${JSON.stringify(result, null, 2)}\n`,
  );
  console.log(`wrote bench-results/${name}.json`);
}
