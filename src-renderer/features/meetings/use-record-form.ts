import { useState } from "react";
import type { z } from "zod";
import { fieldErrors } from "./record-values";

/**
 * A meeting record's form state: its values, the problems zod found (by field, as keys under
 * `validation.`) and whether the last write failed. `submit` checks the values with the schema
 * and, when they pass, hands the parsed record to `write`; it returns whether it was written.
 */
export function useRecordForm<T extends object>(
  schema: z.ZodType<T>,
  initial: T,
) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failed, setFailed] = useState(false);

  const set =
    <K extends keyof T>(field: K) =>
    (value: T[K]) => {
      setValues((current) => ({ ...current, [field]: value }));
    };

  const submit = async (write: (valid: T) => Promise<unknown>) => {
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error.issues));
      return false;
    }
    setErrors({});
    try {
      await write(parsed.data);
      setFailed(false);
      return true;
    } catch {
      setFailed(true);
      return false;
    }
  };

  return { values, setValues, set, errors, failed, submit };
}
export type RecordForm<T extends object> = ReturnType<typeof useRecordForm<T>>;
