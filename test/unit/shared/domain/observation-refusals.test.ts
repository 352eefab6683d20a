import { describe, expect, it } from "vitest";
import {
  MAX_ATTACHMENT_BYTES,
  REQUIRED_FOR_FINAL,
  attachmentSchema,
  responseLogEntrySchema,
  type ObservationFieldName,
} from "../../../../shared/domain/observation";
import { en } from "../../../../shared/i18n/locales/en";
import {
  draft,
  final,
  issuesOf,
  withChanges,
  without,
  type Issue,
  type Values,
} from "../../../support/domain/observation-values";

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
