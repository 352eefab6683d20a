import type { UseFormReturn } from "react-hook-form";
import { observationSchemas } from "../../../shared/domain/observation";
import {
  formFieldOf,
  toObservationInput,
  type CaptureValues,
} from "./capture-values";

/** Today in the reporter's own time zone, as YYYY-MM-DD. */
export function localToday(now: Date): string {
  const offset = now.getTimezoneOffset() * 60_000;
  return new Date(now.getTime() - offset).toISOString().slice(0, 10);
}

/**
 * Validates the form for a save or for "mark final", marks each invalid field with its
 * translation key, and returns the values when valid. Nothing is cleared either way.
 */
export function validateCapture(
  form: UseFormReturn<CaptureValues>,
  final: boolean,
  now: Date,
) {
  form.clearErrors();
  const schemas = observationSchemas(localToday(now));
  const values = toObservationInput(form.getValues());
  const parsed = (final ? schemas.final : schemas.draft).safeParse(
    final ? { ...values, status: "final" } : values,
  );
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const field = formFieldOf(issue.path[0]);
    if (form.getFieldState(field).error === undefined) {
      form.setError(field, { type: "validation", message: issue.message });
    }
  }
  return null;
}
