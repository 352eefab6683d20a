import { z } from "zod";
import { countriesFitRole, countryRuleMessage, roleSchema } from "./roles";
import { countryCodeSchema } from "./countries";
import { languageSchema } from "../i18n/languages";

export const profileSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter your name.")
    .max(120, "Keep the name under 120 characters."),
  organisation: z
    .string()
    .trim()
    .min(1, "Enter your organisation.")
    .max(160, "Keep the organisation under 160 characters."),
});
export type Profile = z.infer<typeof profileSchema>;

/** What the person chose at onboarding; the roster replaces role and countries at enrolment. */
export const roleChoiceSchema = z
  .object({
    role: roleSchema,
    countries: z.array(countryCodeSchema).max(249),
  })
  .superRefine(({ role, countries }, context) => {
    if (!countriesFitRole(role, countries)) {
      context.addIssue({
        code: "custom",
        path: ["countries"],
        message: countryRuleMessage(role, countries.length),
      });
    }
  });
export type RoleChoice = z.infer<typeof roleChoiceSchema>;

/** The settings file as stored on disk (settings.json in the data folder). */
export const settingsSchema = z.object({
  language: languageSchema,
  profile: profileSchema.nullable(),
  roleChoice: roleChoiceSchema.nullable(),
  onboardedAt: z.iso.datetime().nullable(),
  /** Set when the roster enrols this device; from then on role and countries are read-only. */
  enrolledAt: z.iso.datetime().nullable(),
  /**
   * Delete the kept copy of an export once a hub receipt covers it. Off by default: the copies
   * are encrypted to the hub and the recovery key, and can rebuild this device's data.
   */
  purgeAfterReceipt: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  language: "en",
  profile: null,
  roleChoice: null,
  onboardedAt: null,
  enrolledAt: null,
  purgeAfterReceipt: false,
};
