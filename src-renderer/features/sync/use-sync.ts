import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Result } from "../../../shared/errors";
import type { SyncStatus } from "../../../shared/sync-contract";
import { useDesk } from "../../app/desk-context";
import { errorMessage } from "../../app/error-message";

/** Where on the Sync screen a refusal is shown: next to what the person just did. */
export type SyncSection =
  | "page"
  | "keys"
  | "fork"
  | "admin"
  | "codes"
  | "hub"
  | "connected"
  | "export"
  | "import"
  | "receipts";

/**
 * The Sync screen's state: main's sync status, and one way to run a request that shows its
 * refusal in plain words in the section it came from. `run` returns the value, or null.
 */
export function useSync() {
  const { t } = useTranslation();
  const { desk } = useDesk();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [error, setError] = useState<{
    section: SyncSection;
    message: string;
  } | null>(null);
  const [busy, setBusy] = useState(false);

  const fail = useCallback((section: SyncSection, message: string) => {
    setError({ section, message });
  }, []);

  /** Runs a request; a refusal is shown in `section`, after `about` (a file name) if given. */
  const run = useCallback(
    async <T>(
      section: SyncSection,
      request: () => Promise<Result<T>>,
      about?: string,
    ): Promise<T | null> => {
      setBusy(true);
      setError(null);
      try {
        const result = await request();
        if (result.ok) return result.value;
        const message = errorMessage(t, result.error);
        fail(section, about === undefined ? message : `${about}: ${message}`);
        return null;
      } finally {
        setBusy(false);
      }
    },
    [t, fail],
  );

  useEffect(() => {
    let current = true;
    void desk.sync.status(null).then((result) => {
      if (!current) return;
      if (result.ok) setStatus(result.value);
      else fail("page", errorMessage(t, result.error));
    });
    return () => {
      current = false;
    };
  }, [desk, t, fail]);

  const dismiss = useCallback(() => {
    setError(null);
  }, []);

  return { status, setStatus, error, fail, dismiss, busy, run };
}
export type SyncControls = ReturnType<typeof useSync>;
