import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const generator = fileURLToPath(
  new URL("../bench/corpus/make-observations.mjs", import.meta.url),
);

/**
 * A corpus line as the generator writes it: the observation fields (left unknown here, so the
 * domain schemas are what judge them) plus `id` and `responseLog`, which are not fields.
 */
const corpusLineSchema = z.looseObject({
  id: z.string().min(1),
  status: z.enum(["draft", "final"]),
  responseLog: z.array(z.looseObject({})),
});

export interface CorpusRecord {
  id: string;
  status: "draft" | "final";
  /** Everything but `id` and `responseLog`: what an observation schema should accept. */
  fields: Record<string, unknown>;
  responseLog: Record<string, unknown>[];
}

/** Runs the reference corpus generator in a subprocess and splits each line into its parts. */
export function generateCorpus(count: number, seed = 1): CorpusRecord[] {
  const output = execFileSync(
    process.execPath,
    [generator, "--count", String(count), "--seed", String(seed)],
    { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
  );
  return output
    .trimEnd()
    .split("\n")
    .map((line) => {
      const { id, responseLog, ...fields } = corpusLineSchema.parse(
        JSON.parse(line),
      );
      return { id, status: fields.status, fields, responseLog };
    });
}
