import { useEffect, useRef } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { DeskDatabase } from "../../db/db";
import type { CaptureValues } from "./capture-values";

const AUTOSAVE_DELAY_MS = 300;

interface DraftControl {
  discard: () => void;
  save: () => void;
}

const noop = () => undefined;

/**
 * Keeps what is typed in a local draft row (never synced) a moment after each change, and at
 * once when the window is hidden or closed, so a dead battery loses at most the last keystrokes.
 */
export function useDraftAutosave(
  db: DeskDatabase,
  form: UseFormReturn<CaptureValues>,
  draftId: string,
  observationId: string,
  onError: (error: unknown) => void,
) {
  const control = useRef<DraftControl>({ discard: noop, save: noop });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let dirty = false;
    const flush = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (!dirty) return;
      dirty = false;
      db.drafts
        .put({
          id: draftId,
          observationId,
          values: { ...form.getValues() },
          updatedAt: new Date().toISOString(),
        })
        .catch(onError);
    };
    const subscription = form.watch(() => {
      dirty = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(flush, AUTOSAVE_DELAY_MS);
    });
    control.current = {
      // Before a Save: the save transaction removes the draft, so nothing pending may recreate it.
      discard: () => {
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
        dirty = false;
      },
      // After a failed Save: keep what was typed.
      save: () => {
        dirty = true;
        flush();
      },
    };
    const onHide = () => {
      if (document.visibilityState === "hidden") flush();
    };
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("pagehide", flush);
    return () => {
      flush();
      subscription.unsubscribe();
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("pagehide", flush);
    };
  }, [db, form, draftId, observationId, onError]);
  return control;
}
