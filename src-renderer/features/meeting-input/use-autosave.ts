import { useCallback, useEffect, useRef, useState } from "react";
import type { JsonValue } from "../../../shared/sync/merge";

export type AutosaveState = "saved" | "saving" | "failed";

/** After the last keystroke, wait this long before writing. */
const DELAY_MS = 800;

/**
 * Autosave of a record a person edits while others' changes may arrive: only the fields this
 * person edited are written (a colleague's change to another field is never written back over),
 * a moment after they stop typing, and whatever is left when the editor closes.
 */
export function useAutosave<T extends Record<string, JsonValue>>(
  stored: T,
  save: (edits: Partial<T>) => Promise<unknown>,
) {
  const [edits, setEdits] = useState<Partial<T>>({});
  const [state, setState] = useState<AutosaveState>("saved");
  const latest = useRef({ edits, save });
  useEffect(() => {
    latest.current = { edits, save };
  });

  const write = useCallback(async (snapshot: Partial<T>) => {
    setState("saving");
    try {
      await latest.current.save(snapshot);
      // Keep what was typed while the write ran; drop what it stored.
      setEdits((current) => {
        const left: Partial<T> = {};
        for (const [field, value] of Object.entries(current) as [
          keyof T,
          T[keyof T],
        ][])
          if (value !== snapshot[field]) left[field] = value;
        return left;
      });
      setState("saved");
    } catch {
      setState("failed");
    }
  }, []);

  useEffect(() => {
    if (Object.keys(edits).length === 0) return;
    const timer = setTimeout(() => void write(edits), DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [edits, write]);

  // Closing the editor writes what the timer had not yet.
  useEffect(
    () => () => {
      const { edits: left, save: saveLeft } = latest.current;
      if (Object.keys(left).length > 0) void saveLeft(left);
    },
    [],
  );

  const edit = useCallback(<K extends keyof T>(field: K, value: T[K]) => {
    setEdits((current) => ({ ...current, [field]: value }));
  }, []);

  return {
    values: { ...stored, ...edits },
    edit,
    state:
      Object.keys(edits).length > 0 && state === "saved" ? "saving" : state,
  };
}
