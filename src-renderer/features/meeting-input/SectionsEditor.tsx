import {
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { MeetingInputRecord } from "../../../shared/domain/meeting-input-record";
import {
  SECTION_IDS,
  type SectionId,
} from "../../../shared/meeting-input/document";
import { Section } from "../../components/Section";
import { appendParagraph } from "./compose-document";
import type { MergeCandidate } from "./merge-candidates";

interface SectionsEditorProps {
  input: MeetingInputRecord;
  edit: (field: SectionId, value: string) => void;
  /** What can be merged into each section: contributions, or interview notes. */
  candidates: (section: SectionId) => MergeCandidate[];
  /** Sections a colleague changed at the same time: the person decides. */
  conflicts: readonly string[];
  onKeepMine: (section: SectionId) => void;
}

/** The six sections a person writes, each with what the field sent for it. */
export function SectionsEditor({
  input,
  edit,
  candidates,
  conflicts,
  onKeepMine,
}: SectionsEditorProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {SECTION_IDS.map((id) => {
        const offered = candidates(id);
        const heading = t(`meetingInput.sections.${id}`);
        return (
          <Section key={id} title={heading}>
            {conflicts.includes(id) && (
              <Group gap="sm" role="alert">
                <Badge color="yellow">{t("composer.conflict")}</Badge>
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => {
                    onKeepMine(id);
                  }}
                >
                  {t("composer.keepThis")}
                </Button>
              </Group>
            )}
            <Textarea
              id={`section-${id}`}
              aria-label={heading}
              value={input[id]}
              autosize
              minRows={3}
              onChange={(event) => {
                edit(id, event.currentTarget.value);
              }}
            />
            {offered.length > 0 && (
              <Stack gap="xs">
                <Text size="sm" fw={600}>
                  {t("composer.fromTheField", { count: offered.length })}
                </Text>
                {offered.map((candidate) => (
                  <Paper key={candidate.id} withBorder p="sm" bg="gray.0">
                    <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                      {candidate.text}
                    </Text>
                    <Group justify="flex-end" mt="xs">
                      {candidate.merged ? (
                        <Badge variant="light">{t("composer.merged")}</Badge>
                      ) : (
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t("composer.mergeInto", {
                            section: heading,
                          })}
                          onClick={() => {
                            edit(
                              id,
                              appendParagraph(input[id], candidate.text),
                            );
                          }}
                        >
                          {t("composer.merge")}
                        </Button>
                      )}
                    </Group>
                  </Paper>
                ))}
              </Stack>
            )}
          </Section>
        );
      })}
    </Stack>
  );
}
