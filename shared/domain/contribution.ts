import { z } from "zod";
import { countryCodeSchema } from "./countries";
import { countryStream } from "./meeting";
import { shortText } from "./observation";

/**
 * A field partner's contribution to a meeting (issue 8), written offline for a country or a
 * theme — and a specific upcoming meeting when one is known on the device — one section at a
 * time, optionally linking the partner's own observations. It travels in bundles like an
 * observation and reaches the regional staff composer, which never shows who wrote it.
 */
export const CONTRIBUTION_SECTIONS = [
  "practices",
  "collaboration",
  "gaps",
  "recommendations",
] as const;
export type ContributionSection = (typeof CONTRIBUTION_SECTIONS)[number];

export const contributionSchema = z
  .object({
    /** The country it is about; null for a thematic contribution. */
    country: countryCodeSchema.nullable(),
    theme: shortText(200),
    meetingId: z.string().max(64).nullable(),
    section: z.enum(CONTRIBUTION_SECTIONS),
    text: shortText(10_000).min(1, "text.empty"),
    observationIds: z.array(z.string().min(1).max(64)).max(50, "list.tooLong"),
  })
  .refine(
    (contribution) =>
      contribution.country !== null || contribution.theme.trim() !== "",
    { path: ["theme"], message: "contribution.scopeNeeded" },
  );
export type Contribution = z.infer<typeof contributionSchema>;

/** A country's contributions reach its regional staff; thematic ones go to the hub. */
export const contributionStream = (contribution: { country?: unknown }) =>
  countryStream([contribution.country]);
