import { z } from "zod";
import type { FieldErrors } from "react-hook-form";
import {
  profileSchema,
  roleChoiceSchema,
} from "../../../shared/domain/settings";
import { languageSchema } from "../../../shared/i18n/languages";
import type { Role } from "../../../shared/domain/roles";

export const onboardingSchema = z.object({
  language: languageSchema,
  profile: profileSchema,
  roleChoice: roleChoiceSchema,
});
export type OnboardingInput = z.input<typeof onboardingSchema>;
export type OnboardingValues = z.output<typeof onboardingSchema>;

/** The fields each step owns, validated before the person may go on. */
export const STEP_FIELDS = [
  ["language"],
  ["profile.name", "profile.organisation"],
  ["roleChoice"],
] as const;

/** Translation keys for the form's errors: the schema's messages are for developers, these for people. */
export function onboardingErrorKeys(
  errors: FieldErrors<OnboardingInput>,
  role: Role,
) {
  return {
    name: errors.profile?.name ? "profile.nameRequired" : undefined,
    organisation: errors.profile?.organisation
      ? "profile.organisationRequired"
      : undefined,
    countries: errors.roleChoice?.countries
      ? role === "field"
        ? "countries.fieldRequired"
        : "countries.regionalRequired"
      : undefined,
  } as const;
}
