import type { UseFormReturn } from "react-hook-form";
import {
  observationSchemas,
  type ObservationValues,
} from "../../../shared/domain/observation";
import {
  formFieldOf,
  toObservationInput,
  type CaptureValues,
} from "./capture-values";
import { localToday } from "../../app/local-today";

export interface CaptureCheck {
  /** The values when every field is valid for this kind of save. */
  valid: ObservationValues | null;
  /** For a draft save with some invalid fields: the valid rest, if that can be saved. */
  validRest: ObservationValues | null;
}

/**
 * Validates the form for a save or for "mark final" and marks each invalid field with its
 * translation key. Nothing is cleared either way; an invalid field blocks "mark final", but a
 * draft save can still keep the valid rest.
 */
export function validateCapture(
  form: UseFormReturn<CaptureValues>,
  final: boolean,
  now: Date,
): CaptureCheck {
  form.clearErrors();
  const schemas = observationSchemas(localToday(now));
  const schema = final ? schemas.final : schemas.draft;
  const input = toObservationInput(form.getValues());
  const parsed = schema.safeParse(
    final ? { ...input, status: "final" } : input,
  );
  if (parsed.success) return { valid: parsed.data, validRest: null };
  const invalid = new Set<PropertyKey>();
  for (const issue of parsed.error.issues) {
    invalid.add(issue.path[0] ?? "");
    const field = formFieldOf(issue.path[0]);
    if (form.getFieldState(field).error === undefined) {
      form.setError(field, { type: "validation", message: issue.message });
    }
  }
  if (final) return { valid: null, validRest: null };
  const rest = schemas.draft.safeParse(
    Object.fromEntries(
      Object.entries(input).filter(([field]) => !invalid.has(field)),
    ),
  );
  return { valid: null, validRest: rest.success ? rest.data : null };
}
