import { createContext, useContext } from "react";
import type { AppInfo, DeskApi } from "../../shared/ipc";
import type { DeskDatabase } from "../db/db";

export interface DeskContextValue {
  desk: DeskApi;
  db: DeskDatabase;
  appInfo: AppInfo;
  firstOpenedAt: string;
}

export const DeskContext = createContext<DeskContextValue | null>(null);

export function useDesk(): DeskContextValue {
  const value = useContext(DeskContext);
  if (value === null)
    throw new Error("useDesk must be used inside <DeskContext>");
  return value;
}
