import type { DeskError } from "../../../shared/errors";
import type { HubStatus } from "../../../shared/hub/hub-contract";

/** The step a connected sync is at, for its progress. */
export type CycleStep = "seal" | "send" | "receive" | "import" | "confirm";

/** Where connected sync stands in this window. */
export interface ConnectedState {
  hub: HubStatus | null;
  online: boolean;
  running: boolean;
  progress: { step: CycleStep; done: number; total: number } | null;
  /** The last sync's refusal, in the words of its code. */
  error: DeskError | null;
}
