import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import { DeskFailure, type DeskError } from "../../../shared/errors";
import type { HubStatus } from "../../../shared/hub/hub-contract";
import { useDesk } from "../../app/desk-context";
import { runConnectedCycle } from "./connected-cycle";
import type { ConnectedState } from "./connected-state";
import { SyncScheduler } from "./sync-scheduler";

export interface ConnectedSyncValue extends ConnectedState {
  /** Syncs now (or right after the sync under way). */
  syncNow: () => void;
  /** Reads the hub status again (after enrolling, say). */
  refresh: () => Promise<void>;
}

const ConnectedSyncContext = createContext<ConnectedSyncValue | null>(null);

const asError = (error: unknown): DeskError =>
  error instanceof DeskFailure
    ? { code: error.code, message: error.message }
    : {
        code: "INTERNAL",
        message: error instanceof Error ? error.message : String(error),
      };

/**
 * Connected sync for the whole window: one scheduler, so the status in the app's chrome and
 * the Sync screen show the same sync, and syncs run while the person works elsewhere.
 */
export function ConnectedSyncProvider({ children }: { children: ReactNode }) {
  const { desk, db } = useDesk();
  const [hub, setHub] = useState<HubStatus | null>(null);
  const [online, setOnline] = useState(navigator.onLine);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] =
    useState<ConnectedSyncValue["progress"]>(null);
  const [error, setError] = useState<DeskError | null>(null);

  const refresh = useCallback(async () => {
    const result = await desk.hub.status(null);
    if (result.ok) setHub(result.value);
  }, [desk]);

  const scheduler = useMemo(
    () =>
      new SyncScheduler(
        async () => {
          setRunning(true);
          try {
            setHub(
              await runConnectedCycle(desk, db, (step, done, total) => {
                setProgress({ step, done, total });
              }),
            );
            setError(null);
          } catch (failure) {
            setError(asError(failure));
            await refresh();
            throw failure;
          } finally {
            setRunning(false);
            setProgress(null);
          }
        },
        {
          setTimeout: (run, ms) => window.setTimeout(run, ms),
          clearTimeout: (handle) => {
            window.clearTimeout(handle as number);
          },
          random: Math.random,
        },
      ),
    [desk, db, refresh],
  );

  useEffect(() => {
    const update = () => {
      setOnline(navigator.onLine);
      scheduler.setOnline(navigator.onLine);
    };
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    update();
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
      scheduler.stop();
    };
  }, [scheduler]);

  // Joining a hub (an enrolment, or the admin creating it) starts syncing at once.
  const connection = hub?.connection;
  useEffect(() => {
    if (connection !== undefined && connection !== "none") scheduler.trigger();
  }, [connection, scheduler]);

  const value = useMemo(
    () => ({
      hub,
      online,
      running,
      progress,
      error,
      syncNow: () => {
        scheduler.trigger();
      },
      refresh,
    }),
    [hub, online, running, progress, error, scheduler, refresh],
  );
  return (
    <ConnectedSyncContext.Provider value={value}>
      {children}
    </ConnectedSyncContext.Provider>
  );
}

export function useConnectedSync(): ConnectedSyncValue {
  const value = useContext(ConnectedSyncContext);
  if (value === null)
    throw new Error(
      "useConnectedSync must be used inside <ConnectedSyncProvider>",
    );
  return value;
}
