import { Badge, Button, Group, Stack, Text, Title } from "@mantine/core";
import { useLiveQuery } from "dexie-react-hooks";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  meetingInputStream,
  type MeetingInputRecord,
} from "../../../shared/domain/meeting-input-record";
import type { Profile } from "../../../shared/domain/settings";
import {
  SECTION_IDS,
  type SectionId,
} from "../../../shared/meeting-input/document";
import { exportParts } from "../../../shared/meeting-input/export-parts";
import { citation } from "../../../shared/non-attribution/citation";
import { readyToExport } from "../../../shared/non-attribution/export-review";
import { useDesk } from "../../app/desk-context";
import { entityHistory } from "../../db/observation-reads";
import type { RecordRow } from "../../db/record-reads";
import { History } from "../observations/History";
import { useRecordWrites } from "../meetings/use-records";
import { inputDocument, inputReview } from "./compose-document";
import { EvidencePanel } from "./EvidencePanel";
import { ExportDialog } from "./ExportDialog";
import { FiguresPanel } from "./FiguresPanel";
import {
  contributionCandidates,
  interviewCandidates,
} from "./merge-candidates";
import { ReviewPanel } from "./ReviewPanel";
import { ScopeFields } from "./ScopeFields";
import { SectionsEditor } from "./SectionsEditor";
import { useAutosave } from "./use-autosave";
import { useComposerData } from "./use-composer-data";

interface InputEditorProps {
  row: RecordRow<MeetingInputRecord>;
  /** The stored record with defaults for what is not stored (blank fields are not written). */
  stored: MeetingInputRecord;
  profile: Profile;
  allowedCountries: readonly string[] | null;
  onClose: () => void;
}

/** One meeting input: scope, figures, sections, evidence, review and export; saved as it is typed. */
export function InputEditor({
  row,
  stored,
  profile,
  allowedCountries,
  onClose,
}: InputEditorProps) {
  const { t, i18n } = useTranslation();
  const { db } = useDesk();
  const writes = useRecordWrites();
  const save = (values: Partial<MeetingInputRecord>, resend = false) =>
    writes.save({
      entity: "meetingInput",
      id: row.id,
      values: values,
      streamOf: meetingInputStream,
      resend,
    });
  const { values: input, edit, state } = useAutosave(stored, save);
  const data = useComposerData(input, profile);
  const [previewing, setPreviewing] = useState(false);
  const history = useLiveQuery(
    () => entityHistory(db, "meetingInput", row.id),
    [db, row.id, row.updatedHlc],
  );

  const translate = (key: string, values: Record<string, string>) =>
    t(key, values);
  const meeting = data.meetings.find((m) => m.id === input.meetingId);
  const exported = useMemo(
    () =>
      data.statistics &&
      inputDocument(
        input,
        data.statistics,
        data.byId,
        meeting
          ? {
              title: meeting.values.title ?? "",
              date: meeting.values.date ?? "",
            }
          : null,
      ),
    [input, data.statistics, data.byId, meeting],
  );
  const parts = exported
    ? exportParts(exported, i18n.language, translate)
    : null;
  const review = inputReview(input, data.names);
  const fieldLabel = (field: string) =>
    (SECTION_IDS as readonly string[]).includes(field)
      ? t(`meetingInput.sections.${field}`)
      : t(`composer.fields.${field}`, { defaultValue: field });
  const placeOf = (id: string) => {
    if (id === "title" || (SECTION_IDS as readonly string[]).includes(id))
      return fieldLabel(id);
    const index = input.citations.findIndex((c) => c.id === id);
    return t("composer.excerpt", { number: index + 1 });
  };
  const focusText = (id: string) => {
    const target = (SECTION_IDS as readonly string[]).includes(id)
      ? `section-${id}`
      : id === "title"
        ? "input-title"
        : `excerpt-${id}`;
    document.getElementById(target)?.focus();
  };
  const candidates = (section: SectionId) =>
    input.kind === "discussion"
      ? interviewCandidates(input, section, data.interviews)
      : contributionCandidates(input, section, data.contributions);

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Group gap="sm">
          <Button variant="subtle" onClick={onClose}>
            {t("composer.back")}
          </Button>
          <Title order={1} size="h2">
            {input.title || t("composer.untitled")}
          </Title>
          <Badge variant="light">{t(`composer.kind.${input.kind}`)}</Badge>
        </Group>
        <Group gap="sm">
          <Text
            size="sm"
            c={state === "failed" ? "red" : "dimmed"}
            role="status"
          >
            {t(`composer.autosave.${state}`)}
          </Text>
          <Button
            onClick={() => {
              setPreviewing(true);
            }}
            disabled={exported === undefined}
          >
            {t("composer.previewAndExport")}
          </Button>
        </Group>
      </Group>
      <ScopeFields
        input={input}
        edit={edit}
        meetings={data.meetings}
        allowedCountries={allowedCountries}
      />
      <FiguresPanel statistics={data.statistics} parts={parts} />
      <SectionsEditor
        input={input}
        edit={edit}
        candidates={candidates}
        conflicts={row.conflicts}
        onKeepMine={(section) => void save({ [section]: input[section] }, true)}
      />
      <EvidencePanel
        input={input}
        edit={edit}
        observations={data.observations ?? []}
        byId={data.byId}
        cite={(source) =>
          citation(
            source,
            { place: input.placeLevel, time: input.timeLevel },
            i18n.language,
            translate,
          )
        }
      />
      <ReviewPanel
        review={review}
        placeOf={placeOf}
        onAccept={(key) => {
          edit("accepted", [...input.accepted, key]);
        }}
        onRewrite={focusText}
      />
      {history && history.length > 0 && (
        <History ops={history} fieldLabel={fieldLabel} />
      )}
      {exported && (
        <ExportDialog
          opened={previewing}
          onClose={() => {
            setPreviewing(false);
          }}
          document={exported}
          ready={readyToExport(review)}
        />
      )}
    </Stack>
  );
}
