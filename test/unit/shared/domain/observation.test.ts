import { describe, expect, it } from "vitest";
import {
  OBSERVATION_FIELD_NAMES,
  observationSchemas,
  observationStream,
  responseLogEntrySchema,
} from "../../../../shared/domain/observation";
import { streamSchema } from "../../../../shared/sync/op";
import { generateCorpus } from "../../../support/corpus";
import {
  TODAY,
  draft,
  final,
  issuesOf,
  valid,
  withChanges,
} from "../../../support/domain/observation-values";

describe("observation schemas: the reference corpus", () => {
  const corpus = generateCorpus(2000, 1);
  // The newest record is observed "today": the boundary day itself is not the future.
  const latest = corpus
    .map((record) => String(record.fields.observedAt))
    .reduce((a, b) => (a > b ? a : b));
  const schemas = observationSchemas(latest);

  it("has 2,000 records of both statuses and every sensitivity", () => {
    expect(corpus).toHaveLength(2000);
    expect(new Set(corpus.map((record) => record.status))).toEqual(
      new Set(["draft", "final"]),
    );
    expect(new Set(corpus.map((record) => record.fields.sensitivity))).toEqual(
      new Set(["public", "restricted", "confidential"]),
    );
  });

  it("accepts every final record as final, field for field", () => {
    const finals = corpus.filter((record) => record.status === "final");
    expect(finals.length).toBeGreaterThan(1000);
    for (const record of finals) {
      const result = schemas.final.safeParse(record.fields);
      expect(result.error?.issues, record.id).toBeUndefined();
      expect(result.data).toEqual(record.fields);
    }
  });

  it("accepts every record, draft or final, as a draft", () => {
    for (const record of corpus) {
      const result = schemas.draft.safeParse(record.fields);
      expect(result.error?.issues, record.id).toBeUndefined();
      expect(result.data).toEqual(record.fields);
    }
  });

  it("refuses the newest records a day before they were observed", () => {
    const dayBefore = new Date(`${latest}T00:00:00Z`);
    dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
    const earlier = observationSchemas(dayBefore.toISOString().slice(0, 10));
    const newest = corpus.filter(
      (record) => record.fields.observedAt === latest,
    );
    expect(newest.length).toBeGreaterThan(0);
    for (const record of newest) {
      expect(issuesOf(earlier.draft, record.fields)).toContainEqual({
        path: ["observedAt"],
        message: "observedAt.future",
      });
    }
  });

  it("accepts every response-log entry once it names its observation", () => {
    const entries = corpus.flatMap((record) =>
      record.responseLog.map((entry) => ({
        ...entry,
        observationId: record.id,
      })),
    );
    expect(entries.length).toBeGreaterThan(100);
    for (const entry of entries) {
      expect(
        responseLogEntrySchema.safeParse(entry).error?.issues,
      ).toBeUndefined();
    }
    const [first] = corpus.flatMap((record) => record.responseLog);
    expect(responseLogEntrySchema.safeParse(first).success).toBe(false);
  });

  it("sends confidential records to the hub stream and the others to their country's", () => {
    for (const record of corpus) {
      const { country, sensitivity } = record.fields;
      const stream = observationStream(
        String(country),
        sensitivity as "public" | "restricted" | "confidential",
      );
      expect(streamSchema.safeParse(stream).success).toBe(true);
      expect(stream).toBe(
        sensitivity === "confidential" ? "hub" : `country:${String(country)}`,
      );
    }
  });
});

describe("observation schemas: good input", () => {
  it("accepts the complete record as final and as a draft", () => {
    expect(issuesOf(final, valid)).toEqual([]);
    expect(issuesOf(draft, valid)).toEqual([]);
  });

  it("accepts a draft with only the country and sensitivity", () => {
    expect(
      issuesOf(draft, {
        status: "draft",
        country: "ML",
        sensitivity: "public",
      }),
    ).toEqual([]);
  });

  it("accepts an observation made today, with country-level precision and no place names", () => {
    expect(
      issuesOf(
        final,
        withChanges({
          observedAt: TODAY,
          geoPrecision: "country",
          adminArea: null,
          locality: null,
          coordinates: null,
        }),
      ),
    ).toEqual([]);
  });

  it("accepts secondary indicators from other categories beside one of the category", () => {
    expect(
      issuesOf(
        final,
        withChanges({
          indicators: ["gbv.early-marriage", "armed-groups.recruitment"],
        }),
      ),
    ).toEqual([]);
  });

  it("accepts unknown casualty and displacement figures, and zero", () => {
    expect(
      issuesOf(final, withChanges({ casualties: null, displaced: 0 })),
    ).toEqual([]);
  });

  it("trims text and drops keys that are not observation fields", () => {
    const result = final.parse(
      withChanges({ title: "  Clashes  ", id: "x", responseLog: [] }),
    );
    expect(result.title).toBe("Clashes");
    expect(Object.keys(result).sort()).toEqual(
      [...OBSERVATION_FIELD_NAMES].sort(),
    );
  });
});

describe("observationStream", () => {
  it.each<
    [string, "public" | "restricted" | "confidential" | undefined, string]
  >([
    ["ML", "confidential", "hub"],
    ["ML", "restricted", "country:ML"],
    ["ML", "public", "country:ML"],
    ["CO", "public", "country:CO"],
    ["NE", undefined, "country:NE"],
  ])("puts %s / %s in %s", (country, sensitivity, stream) => {
    expect(observationStream(country, sensitivity)).toBe(stream);
  });
});
