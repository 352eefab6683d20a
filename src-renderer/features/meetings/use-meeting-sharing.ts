import {
  meetingFieldStreams,
  type Meeting,
} from "../../../shared/domain/meeting";
import type { Role } from "../../../shared/domain/roles";
import { useDesk } from "../../app/desk-context";
import { deleteFromStreams, saveIntoStreams } from "../../db/record-streams";
import { useRosterDevices } from "../sync/use-roster-devices";

/**
 * Hub staff send each meeting to the field partners who may contribute to it, in their own
 * streams (field devices read no country stream), and withdraw it the same way. Other roles
 * send nothing: they do not reach single devices.
 */
export function useMeetingSharing(role: Role) {
  const { db } = useDesk();
  const { field } = useRosterDevices();
  const streams = (meeting: Partial<Meeting>) =>
    role === "hub" && field
      ? meetingFieldStreams(
          {
            kind: meeting.kind ?? "thematic",
            countries: meeting.countries ?? [],
          },
          field,
        )
      : [];
  return {
    share: (id: string, meeting: Meeting) =>
      saveIntoStreams(
        db,
        "meeting",
        [{ id, values: meeting }],
        streams(meeting),
        new Date(),
      ),
    withdraw: (id: string, meeting: Partial<Meeting>) =>
      deleteFromStreams(db, "meeting", id, streams(meeting), new Date()),
  };
}
