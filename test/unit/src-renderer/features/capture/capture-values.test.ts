import { describe, expect, it } from "vitest";
import {
  observationSchemas,
  type ObservationValues,
} from "../../../../../shared/domain/observation";
import {
  draftValuesSchema,
  emptyCapture,
  formFieldOf,
  fromObservation,
  toObservationInput,
  type CaptureValues,
} from "../../../../../src-renderer/features/capture/capture-values";
import { generateCorpus } from "../../../../support/corpus";

const { draft, final } = observationSchemas("2026-11-23");

/** A form as a person fills it in, with the stray spaces people type. */
const filled: CaptureValues = {
  observedAt: "2026-11-20",
  timePrecision: "day",
  country: "ML",
  adminArea: " Mopti ",
  locality: "Sévaré",
  lat: "14,53",
  lon: "-4.1",
  geoPrecision: "locality",
  category: "armed-groups",
  indicators: ["armed-groups.clashes"],
  title: "  Clashes near the market ",
  description: "Two armed groups clashed at dawn.",
  severity: "4",
  trend: "escalating",
  timeframe: "days",
  likelihood: "4",
  actors: ["armed group ", "  ", ""],
  affectedGroups: ["herders"],
  casualties: "3",
  displaced: "",
  sourceType: "community member",
  reliability: "B",
  credibility: "2",
  sensitivity: "restricted",
  tags: ["market"],
  suggestedAction: " Send a team. ",
  sourceName: "Aïssata Traoré",
  sourceContact: "+223 76 12 34 56",
  sourceNotes: "Met at the market.",
};

const blank: CaptureValues = {
  ...emptyCapture("", ""),
  timePrecision: "",
  sensitivity: "",
};

describe("toObservationInput", () => {
  it("shapes the form as observation values: trimmed text, numbers, coordinates", () => {
    expect(toObservationInput(filled)).toEqual({
      observedAt: "2026-11-20",
      timePrecision: "day",
      country: "ML",
      adminArea: "Mopti",
      locality: "Sévaré",
      coordinates: { lat: 14.53, lon: -4.1 },
      geoPrecision: "locality",
      category: "armed-groups",
      indicators: ["armed-groups.clashes"],
      title: "Clashes near the market",
      description: "Two armed groups clashed at dawn.",
      severity: 4,
      trend: "escalating",
      timeframe: "days",
      likelihood: 4,
      actors: ["armed group"],
      affectedGroups: ["herders"],
      casualties: 3,
      displaced: null,
      sourceType: "community member",
      reliability: "B",
      credibility: 2,
      sensitivity: "restricted",
      tags: ["market"],
      suggestedAction: "Send a team.",
    });
  });

  it("gives values that the final schema accepts", () => {
    const result = final.safeParse({
      ...toObservationInput(filled),
      status: "final",
    });
    expect(result.error?.issues).toBeUndefined();
  });

  it("never carries the local-only source fields", () => {
    const input = toObservationInput(filled);
    expect(Object.keys(input)).not.toContain("sourceName");
    expect(Object.keys(input)).not.toContain("sourceContact");
    expect(Object.keys(input)).not.toContain("sourceNotes");
    const text = JSON.stringify(input);
    for (const secret of [
      filled.sourceName,
      filled.sourceContact,
      filled.sourceNotes,
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it("drops empty and blank inputs, and gives null for blank places and counts", () => {
    const spaces = Object.fromEntries(
      Object.entries(blank).map(([key, value]) => [
        key,
        typeof value === "string" ? "   " : value,
      ]),
    ) as unknown as CaptureValues;
    for (const form of [blank, spaces]) {
      expect(toObservationInput(form)).toEqual({
        adminArea: null,
        locality: null,
        coordinates: null,
        indicators: [],
        actors: [],
        affectedGroups: [],
        casualties: null,
        displaced: null,
        tags: [],
        suggestedAction: "",
      });
    }
    // A blank form is a valid draft only once it has its country and sensitivity.
    expect(draft.safeParse(toObservationInput(blank)).success).toBe(false);
    expect(
      draft.safeParse(
        toObservationInput({
          ...blank,
          country: "ML",
          sensitivity: "public",
        }),
      ).success,
    ).toBe(true);
  });

  it.each([
    ["14,5", 14.5],
    ["-4,25", -4.25],
    ["14.5", 14.5],
    [" 7 ", 7],
    ["0", 0],
  ])("reads %j as %d", (typed, value) => {
    expect(
      toObservationInput({ ...blank, lat: typed, lon: typed }).coordinates,
    ).toEqual({ lat: value, lon: value });
  });

  it("reads a comma decimal in a count, which the schema then refuses as not whole", () => {
    const input = toObservationInput({ ...blank, casualties: "2,5" });
    expect(input.casualties).toBe(2.5);
    expect(
      draft
        .safeParse({ ...input, country: "ML", sensitivity: "public" })
        .error?.issues.map(({ path, message }) => ({ path, message })),
    ).toEqual([{ path: ["casualties"], message: "number.whole" }]);
  });

  it("keeps what is not a number as NaN, so validation refuses it instead of dropping it", () => {
    const input = toObservationInput({
      ...blank,
      country: "ML",
      sensitivity: "public",
      severity: "high",
      lat: "14.5",
    });
    expect(input.severity).toBeNaN();
    expect(input.coordinates).toEqual({ lat: 14.5, lon: Number.NaN });
    const paths = draft
      .safeParse(input)
      .error?.issues.map(({ path }) => path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining(["severity", "coordinates.lon"]),
    );
  });
});

describe("fromObservation", () => {
  it("fills the form from saved values and the local source", () => {
    const values = final.parse({
      ...toObservationInput(filled),
      status: "final",
    });
    expect(
      fromObservation(values, {
        observationId: "obs-1",
        name: filled.sourceName,
        contact: filled.sourceContact,
        notes: filled.sourceNotes,
      }),
    ).toEqual({
      ...filled,
      adminArea: "Mopti",
      lat: "14.53",
      title: "Clashes near the market",
      actors: ["armed group"],
      suggestedAction: "Send a team.",
    });
  });

  it("leaves every input empty for an empty record without a source", () => {
    expect(fromObservation({}, undefined)).toEqual(blank);
  });

  it("round-trips corpus records through the form unchanged", () => {
    const corpus = generateCorpus(500, 1);
    for (const record of corpus) {
      const parsed = draft.parse(record.fields);
      // The form shows neither the status nor the report time.
      const shown = Object.fromEntries(
        Object.entries(parsed).filter(
          ([field]) => field !== "status" && field !== "reportedAt",
        ),
      );
      const back = toObservationInput(fromObservation(parsed, undefined));
      expect(back, record.id).toEqual(shown);
    }
  });

  it("round-trips a record with coordinates, zero counts and nulls", () => {
    const values: ObservationValues = {
      country: "NE",
      sensitivity: "public",
      coordinates: { lat: -0.5, lon: 0 },
      geoPrecision: "exact",
      adminArea: null,
      locality: null,
      casualties: 0,
      displaced: null,
      indicators: [],
      actors: [],
      affectedGroups: [],
      tags: [],
      suggestedAction: "",
    };
    expect(toObservationInput(fromObservation(values, undefined))).toEqual(
      values,
    );
  });
});

describe("draftValuesSchema", () => {
  it("restores a whole stored form", () => {
    expect(draftValuesSchema.parse(filled)).toEqual(filled);
  });

  it("drops values of the wrong type or size, and unknown keys, keeping the rest", () => {
    expect(
      draftValuesSchema.parse({
        title: 5,
        description: "x".repeat(20_001),
        severity: null,
        indicators: "armed-groups.clashes",
        tags: ["market", 3],
        actors: ["armed group"],
        affectedGroups: Array.from({ length: 101 }, () => "herders"),
        country: "ML",
        coordinates: { lat: 1, lon: 2 },
        status: "final",
      }),
    ).toEqual({ actors: ["armed group"], country: "ML" });
  });

  it("restores nothing from an empty draft", () => {
    expect(draftValuesSchema.parse({})).toEqual({});
  });
});

describe("formFieldOf", () => {
  it.each<[PropertyKey | undefined, keyof CaptureValues]>([
    ["coordinates", "lat"],
    ["severity", "severity"],
    ["tags", "tags"],
    [undefined, "title"],
    [0, "title"],
  ])("shows an issue on %s at %s", (path, field) => {
    expect(formFieldOf(path)).toBe(field);
  });
});
