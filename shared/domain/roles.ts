import { z } from "zod";

export const ROLES = ["field", "regional", "hub"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** How many countries a role covers: field partners one, regional staff one or more, hub staff all. */
export const countryRule: Record<Role, { min: number; max: number }> = {
  field: { min: 1, max: 1 },
  regional: { min: 1, max: Number.POSITIVE_INFINITY },
  hub: { min: 0, max: 0 },
};

export function countriesFitRole(
  role: Role,
  countries: readonly string[],
): boolean {
  const rule = countryRule[role];
  return countries.length >= rule.min && countries.length <= rule.max;
}

export function countryRuleMessage(role: Role, given: number): string {
  switch (role) {
    case "field":
      return `A field partner covers exactly one country; ${given} given.`;
    case "regional":
      return "Regional staff cover at least one country; choose one or more.";
    case "hub":
      return "Hub staff cover every country; leave the countries empty.";
    default: {
      const unknownRole: never = role;
      return `Unknown role ${String(unknownRole)}.`;
    }
  }
}
