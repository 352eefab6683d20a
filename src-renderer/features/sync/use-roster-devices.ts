import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { SyncStatus } from "../../../shared/sync-contract";
import { useDesk } from "../../app/desk-context";
import { errorMessage } from "../../app/error-message";

/**
 * The devices a hub staff install reaches in their own streams, as main's sync status lists
 * them from the roster: regional staff (the names directory) and field partners (meetings).
 * Null until read; empty on an install that holds no roster.
 */
export function useRosterDevices() {
  const { t } = useTranslation();
  const { desk } = useDesk();
  const [devices, setDevices] = useState<Pick<
    SyncStatus,
    "regionalDevices" | "fieldDevices"
  > | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void desk.sync.status(null).then((result) => {
      if (!current) return;
      if (result.ok) setDevices(result.value);
      else setProblem(errorMessage(t, result.error));
    });
    return () => {
      current = false;
    };
  }, [desk, t]);
  return {
    regional: devices?.regionalDevices ?? null,
    field: devices?.fieldDevices ?? null,
    problem,
  };
}
