import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Result } from "../../../shared/errors";
import type { SyncStatus } from "../../../shared/sync-contract";
import { useDesk } from "../../app/desk-context";
import { errorMessage } from "../../app/error-message";

/**
 * The Sync screen's state: main's sync status, and one way to run a request that shows its
 * refusal in plain words. `run` returns the value, or null after showing the error.
 */
export function useSync() {
  const { t } = useTranslation();
  const { desk } = useDesk();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async <T>(request: () => Promise<Result<T>>): Promise<T | null> => {
      setBusy(true);
      setError(null);
      try {
        const result = await request();
        if (result.ok) return result.value;
        setError(errorMessage(t, result.error));
        return null;
      } finally {
        setBusy(false);
      }
    },
    [t],
  );

  useEffect(() => {
    let current = true;
    void desk.sync.status(null).then((result) => {
      if (!current) return;
      if (result.ok) setStatus(result.value);
      else setError(errorMessage(t, result.error));
    });
    return () => {
      current = false;
    };
  }, [desk, t]);

  return { status, setStatus, error, setError, busy, run };
}
export type SyncControls = ReturnType<typeof useSync>;
