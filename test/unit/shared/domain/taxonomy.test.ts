import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  CATEGORY_IDS,
  INDICATOR_IDS,
  TAXONOMY,
  TAXONOMY_VERSION,
  categoryIdSchema,
  categoryOfIndicator,
  indicatorIdSchema,
  searchTaxonomy,
  taxonomyLabel,
} from "../../../../shared/domain/taxonomy";

const generator = fileURLToPath(
  new URL("../../../bench/corpus/make-observations.mjs", import.meta.url),
);

/**
 * The generator's own taxonomy, as it emits it: category id → indicator ids. The script
 * exports nothing, so its source runs in a sandbox (as `--template-stats`, which only
 * prints counts) with one line appended to read its TAXONOMY after its own set-up code
 * has derived the `<category>.<indicator>` ids. Any change to the generator's taxonomy
 * shows up here; a change to its internals makes this fail loudly rather than pass.
 */
function generatorTaxonomy(): {
  taxonomy: Record<string, string[]>;
  stats: { categories: number; indicators: number };
} {
  const source = readFileSync(generator, "utf8").replace(/^#!.*/, "");
  const written: string[] = [];
  const fail = (message: string) => {
    throw new Error(`generator: ${message}`);
  };
  const sandbox: Record<string, unknown> = {
    process: {
      argv: ["node", generator, "--template-stats"],
      stdout: {
        write: (chunk: string) => written.push(chunk) > 0,
        on: () => undefined,
        once: () => undefined,
      },
      stderr: { write: (chunk: string) => fail(chunk) },
      exit: (code: number) => fail(`exit ${code}`),
    },
  };
  runInNewContext(
    `"use strict";\n${source}\n;globalThis.taxonomy = Object.fromEntries(TAXONOMY.map((c) => [c.id, c.indP.map((i) => i.id)]));`,
    sandbox,
    { filename: generator },
  );
  const parsed = z
    .object({
      taxonomy: z.record(z.string(), z.array(z.string())),
      stats: z.object({ categories: z.number(), indicators: z.number() }),
    })
    .parse({
      taxonomy: sandbox.taxonomy,
      stats: JSON.parse(written.join("")) as unknown,
    });
  return parsed;
}

const recordSchema = z.object({
  category: z.string(),
  indicators: z.array(z.string()).min(1),
});

function generatedSample(count: number) {
  const out = execFileSync(
    process.execPath,
    [generator, "--count", String(count), "--seed", "1"],
    { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
  );
  return out
    .trim()
    .split("\n")
    .map((line) => recordSchema.parse(JSON.parse(line)));
}

const ours = Object.fromEntries(
  TAXONOMY.map((c) => [c.id, c.indicators.map((i) => i.id)]),
);

describe("taxonomy", () => {
  it("is version 1 with 12 categories and 56 indicators, each id once", () => {
    expect(TAXONOMY_VERSION).toBe(1);
    expect(TAXONOMY.map((c) => c.id)).toEqual(CATEGORY_IDS);
    expect(TAXONOMY.flatMap((c) => c.indicators.map((i) => i.id))).toEqual(
      INDICATOR_IDS,
    );
    expect(new Set(CATEGORY_IDS).size).toBe(12);
    expect(new Set(INDICATOR_IDS).size).toBe(56);
  });

  it("has exactly the generator's categories and indicators, in the same places", () => {
    const { taxonomy, stats } = generatorTaxonomy();
    expect(stats).toMatchObject({ categories: 12, indicators: 56 });
    expect(Object.keys(taxonomy)).toHaveLength(stats.categories);
    expect(Object.values(taxonomy).flat()).toHaveLength(stats.indicators);
    expect(ours).toEqual(taxonomy);
    expect(Object.keys(ours)).toEqual(Object.keys(taxonomy)); // same order too
  });

  it("knows every id in 2,000 generated records, with the primary indicator in the record's category", () => {
    const records = generatedSample(2000);
    expect(records).toHaveLength(2000);
    for (const record of records) {
      const category = categoryIdSchema.parse(record.category);
      const indicators = z.array(indicatorIdSchema).parse(record.indicators);
      expect(new Set(indicators).size).toBe(indicators.length);
      // The generator picks the first indicator from the record's category and,
      // now and then, extra ones from any category.
      const [primary] = indicators;
      expect(primary && categoryOfIndicator(primary)).toBe(category);
    }
    expect(new Set(records.map((r) => r.category)).size).toBe(12);
    expect(new Set(records.flatMap((r) => r.indicators)).size).toBe(56);
  });

  it("maps each indicator to the category whose id prefixes it", () => {
    for (const category of TAXONOMY) {
      for (const indicator of category.indicators) {
        expect(indicator.id.startsWith(`${category.id}.`)).toBe(true);
        expect(categoryOfIndicator(indicator.id)).toBe(category.id);
      }
    }
  });

  it("labels and describes everything in English and French", () => {
    const texts = TAXONOMY.flatMap((c) => [
      c.label,
      c.description,
      ...c.indicators.map((i) => i.label),
    ]);
    expect(texts).toHaveLength(12 * 2 + 56);
    for (const text of texts) {
      for (const value of [text.en, text.fr]) {
        expect(value.trim()).toBe(value);
        expect(value).not.toBe("");
        expect(value).not.toMatch(/'/); // typographic apostrophes only
      }
      expect(text.fr).not.toBe(text.en);
    }
    for (const id of [...CATEGORY_IDS, ...INDICATOR_IDS]) {
      expect(taxonomyLabel(id, "en")).not.toBe("");
      expect(taxonomyLabel(id, "fr")).not.toBe("");
    }
    expect(taxonomyLabel("gbv", "fr")).toBe("Violences basées sur le genre");
    expect(taxonomyLabel("armed-groups.clashes", "en")).toBe(
      TAXONOMY[3]?.indicators[3]?.label.en,
    );
  });

  it("keeps indicator labels unique within each category, per language", () => {
    for (const language of ["en", "fr"] as const) {
      for (const category of TAXONOMY) {
        const labels = category.indicators.map((i) =>
          i.label[language].toLocaleLowerCase(language),
        );
        expect(new Set(labels).size).toBe(labels.length);
      }
      const all = TAXONOMY.flatMap((c) => [
        c.label[language],
        ...c.indicators.map((i) => i.label[language]),
      ]);
      expect(new Set(all).size).toBe(all.length);
    }
  });

  it("searches labels ignoring case, accents and apostrophe style", () => {
    const ids = (query: string, language: "en" | "fr") =>
      searchTaxonomy(query, language).map((hit) => hit.indicator.id);
    expect(ids("securite", "fr")).toEqual([
      "humanitarian-access.attacks-on-aid-workers",
    ]);
    expect(ids("SÉCURITÉ", "fr")).toEqual(ids("securite", "fr"));
    expect(ids("secheresse", "fr")).toEqual(["climate-hazards.drought"]);
    expect(ids("refugies", "fr")).toEqual(["displacement.cross-border"]);
    expect(ids("points d'eau", "fr")).toEqual(["intercommunal.water-access"]);
    expect(ids("security", "en")).toEqual(ids("securite", "fr"));
    expect(ids("farmer herder", "en")).toEqual(["intercommunal.farmer-herder"]);
    expect(ids("securite", "en")).toEqual([]);
  });

  it("returns hits with their category, own-label matches first", () => {
    const hits = searchTaxonomy("violences", "fr");
    const own = hits.filter((hit) => /violences/i.test(hit.indicator.label.fr));
    expect(own.map((hit) => hit.indicator.id)).toEqual([
      "political-tension.campaign-violence",
      "gbv.sexual-violence",
      "gbv.intimate-partner-violence",
    ]);
    expect(hits.slice(0, own.length)).toEqual(own);
    const viaCategory = hits.slice(own.length);
    expect(viaCategory.map((hit) => hit.category.id)).toEqual([
      ...Array<string>(5).fill("violence-civilians"),
      "gbv",
      "gbv",
    ]);
    for (const hit of hits) {
      expect(categoryOfIndicator(hit.indicator.id)).toBe(hit.category.id);
    }
    expect(
      searchTaxonomy("genre", "fr").map((hit) => hit.indicator.id),
    ).toEqual(
      TAXONOMY.find((c) => c.id === "gbv")?.indicators.map((i) => i.id),
    );
    expect(searchTaxonomy("  ", "en")).toHaveLength(56);
    expect(searchTaxonomy("zzz", "en")).toEqual([]);
  });

  it("refuses unknown ids", () => {
    expect(categoryIdSchema.safeParse("armed-groups").success).toBe(true);
    expect(indicatorIdSchema.safeParse("armed-groups.clashes").success).toBe(
      true,
    );
    for (const bad of ["", "Armed-groups", "armed-groups.", "unknown", 3]) {
      expect(categoryIdSchema.safeParse(bad).success).toBe(false);
    }
    for (const bad of [
      "armed-groups",
      "armed-groups.unknown",
      "gbv.clashes",
      "clashes",
      "armed-groups.clashes ",
      null,
    ]) {
      expect(indicatorIdSchema.safeParse(bad).success).toBe(false);
    }
    expect(categoryIdSchema.safeParse("gbv.sexual-violence").success).toBe(
      false,
    );
  });
});
