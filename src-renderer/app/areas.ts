import type { Role } from "../../shared/domain/roles";

export type AreaId =
  | "home"
  | "capture"
  | "observations"
  | "contributions"
  | "meetings"
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
  regional: [
    "home",
    "observations",
    "meetings",
    "meetingInput",
    "sync",
    "settings",
  ],
  hub: [
    "home",
    "hubInbox",
    "review",
    "meetings",
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

/** Work areas that have their screens. */
const BUILT_AREAS = [
  "capture",
  "observations",
  "contributions",
  "meetings",
  "meetingInput",
  "sync",
] as const;

/** Work areas whose screens arrive with later versions; they describe what they will hold. */
export type UpcomingAreaId = Exclude<WorkAreaId, (typeof BUILT_AREAS)[number]>;

export function isUpcomingArea(area: AreaId): area is UpcomingAreaId {
  return isWorkArea(area) && !(BUILT_AREAS as readonly AreaId[]).includes(area);
}

/** Where the workspace is: an area, and within Record/Observations the observation open there. */
export interface Route {
  area: AreaId;
  observationId?: string;
}
