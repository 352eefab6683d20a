import { z } from "zod";
import { corpusLines } from "../../src-main/demo/corpus";

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
  return corpusLines(count, { seed }).map((line) => {
    const { id, responseLog, ...fields } = corpusLineSchema.parse(
      JSON.parse(line),
    );
    return { id, status: fields.status, fields, responseLog };
  });
}
