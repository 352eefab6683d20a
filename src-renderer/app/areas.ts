import type { Role } from "../../shared/domain/roles";

export type AreaId =
  | "home"
  | "capture"
  | "observations"
  | "contributions"
  | "meetingInput"
  | "hubInbox"
  | "review"
  | "dashboard"
  | "sync"
  | "settings";

/** The areas each role works in, in navigation order. Home and Settings are always there. */
export const AREAS_BY_ROLE: Record<Role, readonly AreaId[]> = {
  field: [
    "home",
    "capture",
    "observations",
    "contributions",
    "sync",
    "settings",
  ],
  regional: ["home", "observations", "meetingInput", "sync", "settings"],
  hub: [
    "home",
    "hubInbox",
    "review",
    "meetingInput",
    "dashboard",
    "sync",
    "settings",
  ],
};

/** Areas described by a card on the home screen (every area but Home and Settings). */
export type WorkAreaId = Exclude<AreaId, "home" | "settings">;

export function isWorkArea(area: AreaId): area is WorkAreaId {
  return area !== "home" && area !== "settings";
}

/** Work areas whose screens arrive with later versions; they describe what they will hold. */
export type UpcomingAreaId = Exclude<
  WorkAreaId,
  "capture" | "observations" | "sync"
>;

export function isUpcomingArea(area: AreaId): area is UpcomingAreaId {
  return (
    isWorkArea(area) &&
    area !== "capture" &&
    area !== "observations" &&
    area !== "sync"
  );
}

/** Where the workspace is: an area, and within Record/Observations the observation open there. */
export interface Route {
  area: AreaId;
  observationId?: string;
}
