import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  MAX_ATTACHMENT_BYTES,
  OBSERVATION_FIELD_NAMES,
  REQUIRED_FOR_FINAL,
  attachmentSchema,
  observationSchemas,
  observationStream,
  responseLogEntrySchema,
  type ObservationFieldName,
} from "../../../../shared/domain/observation";
import { streamSchema } from "../../../../shared/sync/op";
import { en } from "../../../../shared/i18n/locales/en";
import { generateCorpus } from "../../../support/corpus";

const TODAY = "2026-11-23";
const { draft, final } = observationSchemas(TODAY);

/** A complete, valid final observation; each bad-input test changes one thing. */
const valid = {
  status: "final",
  observedAt: "2026-11-20",
  reportedAt: "2026-11-21T08:00:00Z",
  timePrecision: "day",
  country: "ML",
  adminArea: "Mopti",
  locality: "Sévaré",
  coordinates: { lat: 14.53, lon: -4.1 },
  geoPrecision: "locality",
  category: "armed-groups",
  indicators: ["armed-groups.clashes", "displacement.new-displacement"],
  title: "Clashes near the Sévaré market",
  description: "Two armed groups clashed near the cattle market at dawn.",
  severity: 4,
  trend: "escalating",
  timeframe: "days",
  likelihood: 4,
  actors: ["armed group"],
  affectedGroups: ["herders"],
  casualties: 3,
  displaced: 120,
  sourceType: "community member",
  reliability: "B",
  credibility: 2,
  sensitivity: "restricted",
  tags: ["market", "rainy-season", "sécurité", "2026"],
  suggestedAction: "Send a joint assessment team.",
} as const;

type Values = Record<string, unknown>;
const withChanges = (changes: Values): Values => ({ ...valid, ...changes });
const without = (...fields: string[]): Values =>
  Object.fromEntries(
    Object.entries(valid).filter(([field]) => !fields.includes(field)),
  );

interface Issue {
  path: PropertyKey[];
  message: string;
}
function issuesOf(schema: z.ZodType, values: unknown): Issue[] {
  const result = schema.safeParse(values);
  return result.success
    ? []
    : result.error.issues.map(({ path, message }) => ({ path, message }));
}

/** Looks a dotted message key up in the English catalogue's `validation` section. */
function catalogueHas(key: string): boolean {
  let node: unknown = en.validation;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !(part in node))
      return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}

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

describe("observation schemas: bad input", () => {
  it.each<[string, Values, Issue]>([
    [
      "an observed date in the future",
      { observedAt: "2026-11-24" },
      { path: ["observedAt"], message: "observedAt.future" },
    ],
    [
      "an impossible date",
      { observedAt: "2026-02-30" },
      { path: ["observedAt"], message: "date.invalid" },
    ],
    [
      "negative casualties",
      { casualties: -1 },
      { path: ["casualties"], message: "number.negative" },
    ],
    [
      "negative displacement",
      { displaced: -5 },
      { path: ["displaced"], message: "number.negative" },
    ],
    [
      "a fractional casualty count",
      { casualties: 1.5 },
      { path: ["casualties"], message: "number.whole" },
    ],
    [
      "latitude 91",
      { coordinates: { lat: 91, lon: 0 } },
      { path: ["coordinates", "lat"], message: "coordinates.latitude" },
    ],
    [
      "latitude -91",
      { coordinates: { lat: -91, lon: 0 } },
      { path: ["coordinates", "lat"], message: "coordinates.latitude" },
    ],
    [
      "longitude 181",
      { coordinates: { lat: 0, lon: 181 } },
      { path: ["coordinates", "lon"], message: "coordinates.longitude" },
    ],
    [
      "coordinates with country precision",
      { geoPrecision: "country" },
      { path: ["geoPrecision"], message: "geoPrecision.tooCoarse" },
    ],
    [
      "coordinates with admin-area precision",
      { geoPrecision: "adminArea", locality: null },
      { path: ["geoPrecision"], message: "geoPrecision.tooCoarse" },
    ],
    [
      "exact precision without coordinates",
      { geoPrecision: "exact", coordinates: null },
      { path: ["coordinates"], message: "coordinates.missing" },
    ],
    [
      "a town-level precision without a town",
      { locality: null },
      { path: ["locality"], message: "required" },
    ],
    [
      "a sub-national precision without an area",
      { adminArea: "" },
      { path: ["adminArea"], message: "required" },
    ],
    [
      "indicators none of which belongs to the category",
      { indicators: ["gbv.early-marriage", "protests.strikes"] },
      { path: ["indicators"], message: "indicators.otherCategory" },
    ],
    [
      "an uppercase tag",
      { tags: ["market", "Urgent"] },
      { path: ["tags", 1], message: "tag.format" },
    ],
    [
      "a tag with a space",
      { tags: ["rainy season"] },
      { path: ["tags", 0], message: "tag.format" },
    ],
    [
      "a tag starting with a hyphen",
      { tags: ["-x"] },
      { path: ["tags", 0], message: "tag.format" },
    ],
    [
      "an underscore in a tag",
      { tags: ["rainy_season"] },
      { path: ["tags", 0], message: "tag.format" },
    ],
    [
      "an empty tag",
      { tags: [""] },
      { path: ["tags", 0], message: "tag.format" },
    ],
    [
      "a 41-character tag",
      { tags: ["a".repeat(41)] },
      { path: ["tags", 0], message: "tag.format" },
    ],
    [
      "21 tags",
      { tags: Array.from({ length: 21 }, (_, i) => `tag-${i}`) },
      { path: ["tags"], message: "list.tooLong" },
    ],
    [
      "severity 6",
      { severity: 6 },
      { path: ["severity"], message: "scale.range" },
    ],
    [
      "credibility 0",
      { credibility: 0 },
      { path: ["credibility"], message: "scale.range" },
    ],
    [
      "an empty actor",
      { actors: ["armed group", ""] },
      { path: ["actors", 1], message: "text.empty" },
    ],
    [
      "a 201-character title",
      { title: "t".repeat(201) },
      { path: ["title"], message: "text.tooLong" },
    ],
    [
      "nine indicators",
      {
        indicators: [
          "armed-groups.presence-movement",
          "armed-groups.recruitment",
          "armed-groups.checkpoints-taxation",
          "armed-groups.clashes",
          "armed-groups.territorial-control",
          "gbv.sexual-violence",
          "gbv.early-marriage",
          "gbv.intimate-partner-violence",
          "gbv.exploitation-trafficking",
        ],
      },
      { path: ["indicators"], message: "list.tooLong" },
    ],
  ])("refuses %s", (_name, changes, issue) => {
    expect(issuesOf(final, withChanges(changes))).toEqual([issue]);
    // The same rule holds for a draft, except what only "mark final" requires.
    const draftIssues = issuesOf(draft, withChanges(changes));
    if (issue.message === "required" || issue.message === "coordinates.missing")
      expect(draftIssues).toEqual([]);
    else expect(draftIssues).toEqual([issue]);
  });

  it("refuses a date in another format, saying so first", () => {
    const issues = issuesOf(final, withChanges({ observedAt: "20/11/2026" }));
    expect(issues[0]).toEqual({ path: ["observedAt"], message: "date.format" });
    expect(issues.every(({ path }) => path[0] === "observedAt")).toBe(true);
  });

  it("refuses coordinates without a precision, in a draft too", () => {
    const values = without("geoPrecision");
    expect(issuesOf(draft, values)).toEqual([
      { path: ["geoPrecision"], message: "geoPrecision.missing" },
    ]);
    expect(issuesOf(final, values)).toEqual(
      expect.arrayContaining([
        { path: ["geoPrecision"], message: "required" },
        { path: ["geoPrecision"], message: "geoPrecision.missing" },
      ]),
    );
  });

  it.each(REQUIRED_FOR_FINAL.map((field) => [field]))(
    "refuses to mark final without %s",
    (field: ObservationFieldName) => {
      const values = without(field);
      expect(issuesOf(final, values)).toContainEqual({
        path: [field],
        message: "required",
      });
      expect(
        issuesOf(draft, values).some((issue) => issue.message === "required"),
      ).toBe(field === "country" || field === "sensitivity");
    },
  );

  it.each<[string, unknown]>([
    ["title", ""],
    ["description", "   "],
    ["indicators", []],
  ])("refuses to mark final with an empty %s", (field, value) => {
    expect(issuesOf(final, withChanges({ [field]: value }))).toEqual([
      { path: [field], message: "required" },
    ]);
    expect(issuesOf(draft, withChanges({ [field]: value }))).toEqual([]);
  });

  it("refuses a draft without a country or sensitivity", () => {
    expect(issuesOf(draft, { title: "Clashes" })).toEqual([
      { path: ["country"], message: "required" },
      { path: ["sensitivity"], message: "required" },
    ]);
  });

  it("refuses an unknown country", () => {
    expect(
      issuesOf(final, withChanges({ country: "XX" })).map(({ path }) => path),
    ).toEqual([["country"]]);
  });

  it("refuses an unknown category", () => {
    expect(
      issuesOf(final, withChanges({ category: "riots" })).map(
        ({ path }) => path,
      ),
    ).toEqual([["category"]]);
  });

  it("refuses an unknown indicator, even with a known category", () => {
    const unknown = ["armed-groups.clashes", "armed-groups.looting"];
    expect(() =>
      final.safeParse(withChanges({ indicators: unknown })),
    ).not.toThrow();
    expect(
      issuesOf(final, withChanges({ indicators: unknown })).map(
        ({ path }) => path,
      ),
    ).toEqual([["indicators", 1]]);
  });

  it("refuses a status other than draft or final", () => {
    expect(
      issuesOf(draft, withChanges({ status: "published" })).map(
        ({ path }) => path,
      ),
    ).toEqual([["status"]]);
  });

  it("uses message keys that the catalogue translates", () => {
    const keys = [
      "observedAt.future",
      "number.negative",
      "number.whole",
      "coordinates.latitude",
      "coordinates.longitude",
      "coordinates.missing",
      "geoPrecision.missing",
      "geoPrecision.tooCoarse",
      "required",
      "indicators.otherCategory",
      "tag.format",
      "list.tooLong",
      "scale.range",
      "text.empty",
      "text.tooLong",
      "date.format",
      "date.invalid",
    ];
    expect(keys.filter((key) => !catalogueHas(key))).toEqual([]);
    expect(catalogueHas("no.such.key")).toBe(false);
  });
});

describe("response-log entries", () => {
  const entry = {
    observationId: "obs-1",
    at: "2026-11-22T10:00:00Z",
    action: "Called the focal point, who confirmed the clashes.",
    actorType: "focal point",
  };

  it("accepts a complete entry", () => {
    expect(responseLogEntrySchema.safeParse(entry).success).toBe(true);
  });

  it.each<[string, Values, PropertyKey[]]>([
    ["no observation", { observationId: "" }, ["observationId"]],
    ["an empty action", { action: "  " }, ["action"]],
    ["an unknown actor type", { actorType: "journalist" }, ["actorType"]],
    ["a date without time", { at: "2026-11-22" }, ["at"]],
  ])("refuses %s", (_name, changes, path) => {
    const result = responseLogEntrySchema.safeParse({ ...entry, ...changes });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([path]);
  });
});

describe("attachments", () => {
  const attachment = {
    observationId: "obs-1",
    sha256: "a".repeat(64),
    type: "image/jpeg",
    size: 1024,
    name: "market.jpg",
  };

  it("accepts a file of up to 25 MiB", () => {
    expect(MAX_ATTACHMENT_BYTES).toBe(25 * 1024 * 1024);
    expect(
      attachmentSchema.safeParse({
        ...attachment,
        size: MAX_ATTACHMENT_BYTES,
      }).success,
    ).toBe(true);
  });

  it.each<[string, Values, Issue]>([
    [
      "a file over 25 MiB",
      { size: MAX_ATTACHMENT_BYTES + 1 },
      { path: ["size"], message: "attachment.tooLarge" },
    ],
    [
      "an empty file",
      { size: 0 },
      { path: ["size"], message: "attachment.empty" },
    ],
    [
      "an uppercase hash",
      { sha256: "A".repeat(64) },
      { path: ["sha256"], message: "attachment.hash" },
    ],
    [
      "a short hash",
      { sha256: "a".repeat(63) },
      { path: ["sha256"], message: "attachment.hash" },
    ],
    [
      "a type without subtype",
      { type: "image" },
      { path: ["type"], message: "attachment.type" },
    ],
    ["no name", { name: "" }, { path: ["name"], message: "required" }],
  ])("refuses %s", (_name, changes, issue) => {
    const result = attachmentSchema.safeParse({ ...attachment, ...changes });
    expect(
      result.error?.issues.map(({ path, message }) => ({ path, message })),
    ).toEqual([issue]);
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
