import type { z } from "zod";
import { observationSchemas } from "../../../shared/domain/observation";

export const TODAY = "2026-11-23";
export const { draft, final } = observationSchemas(TODAY);

/** A complete, valid final observation; each bad-input test changes one thing. */
export const valid = {
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

export type Values = Record<string, unknown>;
export const withChanges = (changes: Values): Values => ({
  ...valid,
  ...changes,
});
export const without = (...fields: string[]): Values =>
  Object.fromEntries(
    Object.entries(valid).filter(([field]) => !fields.includes(field)),
  );

export interface Issue {
  path: PropertyKey[];
  message: string;
}
export function issuesOf(schema: z.ZodType, values: unknown): Issue[] {
  const result = schema.safeParse(values);
  return result.success
    ? []
    : result.error.issues.map(({ path, message }) => ({ path, message }));
}
