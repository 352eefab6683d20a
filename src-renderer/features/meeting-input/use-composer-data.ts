import { useLiveQuery } from "dexie-react-hooks";
import { useMemo } from "react";
import type { Contribution } from "../../../shared/domain/contribution";
import { contributionSchema } from "../../../shared/domain/contribution";
import {
  interviewNoteSchema,
  type InterviewNote,
} from "../../../shared/domain/interview-note";
import { meetingSchema, type Meeting } from "../../../shared/domain/meeting";
import type { MeetingInputRecord } from "../../../shared/domain/meeting-input-record";
import {
  protectedNameSchema,
  type ProtectedName,
} from "../../../shared/domain/names-directory";
import type { Profile } from "../../../shared/domain/settings";
import { namesToProtect } from "../../../shared/non-attribution/names-to-protect";
import { useDesk } from "../../app/desk-context";
import { scopeObservations } from "../../db/scope-observations";
import { useRecords } from "../meetings/use-records";
import { inputStatistics } from "./compose-document";

/**
 * What the composer draws on for one input, kept current as bundles arrive: the observations in
 * its scope and their statistics, the meetings, the contributions and interview notes to merge,
 * and the names its texts are checked against.
 */
export function useComposerData(input: MeetingInputRecord, profile: Profile) {
  const { db } = useDesk();
  const { countries, from, to } = input;
  const observations = useLiveQuery(
    () => scopeObservations(db, { countries, from, to }),
    [db, countries.join(","), from, to],
  );
  const meetings = useRecords<Meeting>("meeting", meetingSchema);
  const contributions = useRecords<Contribution>(
    "contribution",
    contributionSchema,
  );
  const interviews = useRecords<InterviewNote>(
    "interviewNote",
    interviewNoteSchema,
  );
  const directory = useRecords<ProtectedName>(
    "protectedName",
    protectedNameSchema,
  );
  const statistics = useMemo(
    () =>
      observations && inputStatistics({ countries, from, to }, observations),
    [observations, countries, from, to],
  );
  const byId = useMemo(
    () => new Map((observations ?? []).map((row) => [row.id, row])),
    [observations],
  );
  const names = useMemo(
    () =>
      namesToProtect({
        profile,
        directory: (directory ?? []).flatMap((row) =>
          row.values.name ? [row.values.name] : [],
        ),
        interviewees: (interviews ?? []).flatMap((row) =>
          row.values.interviewee ? [row.values.interviewee] : [],
        ),
        observations: observations ?? [],
      }),
    [profile, directory, interviews, observations],
  );
  return {
    observations,
    byId,
    statistics,
    meetings: meetings ?? [],
    contributions: contributions ?? [],
    interviews: interviews ?? [],
    names,
  };
}
