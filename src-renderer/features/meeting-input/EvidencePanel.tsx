import {
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { MeetingInputRecord } from "../../../shared/domain/meeting-input-record";
import { Section } from "../../components/Section";
import type { ScopeObservation } from "../../db/scope-observations";
import { firstExcerpt } from "./compose-document";

interface EvidencePanelProps {
  input: MeetingInputRecord;
  edit: <K extends "citations" | "reviewed">(
    field: K,
    value: MeetingInputRecord[K],
  ) => void;
  observations: readonly ScopeObservation[];
  byId: ReadonlyMap<string, ScopeObservation>;
  /** How the export will cite an observation: place and time only. */
  cite: (observation: ScopeObservation) => string;
}

/**
 * Observations cited as evidence: an excerpt a person chooses and edits, shown with the only
 * attribution the export gives (place and time), and ticked once a person has checked that the
 * words themselves cannot identify the source. Editing an excerpt asks for the tick again.
 */
export function EvidencePanel({
  input,
  edit,
  observations,
  byId,
  cite,
}: EvidencePanelProps) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<string | null>(null);
  const reviewed = new Set(input.reviewed);
  const cited = new Set(input.citations.map((c) => c.observationId));
  const setReviewed = (id: string, on: boolean) => {
    edit(
      "reviewed",
      on
        ? [...input.reviewed.filter((known) => known !== id), id]
        : input.reviewed.filter((known) => known !== id),
    );
  };
  const add = () => {
    const observation = choice === null ? undefined : byId.get(choice);
    if (!observation) return;
    edit("citations", [
      ...input.citations,
      {
        id: crypto.randomUUID(),
        observationId: observation.id,
        excerpt: firstExcerpt(observation),
      },
    ]);
    setChoice(null);
  };
  return (
    <Section title={t("composer.evidence")} help={t("composer.evidenceHelp")}>
      {input.citations.map((citation, index) => {
        const source = byId.get(citation.observationId);
        const label = t("composer.excerpt", { number: index + 1 });
        return (
          <Paper key={citation.id} withBorder p="sm">
            <Stack gap="xs">
              <Textarea
                id={`excerpt-${citation.id}`}
                label={label}
                value={citation.excerpt}
                autosize
                minRows={2}
                onChange={(event) => {
                  const excerpt = event.currentTarget.value;
                  edit(
                    "citations",
                    input.citations.map((c) =>
                      c.id === citation.id ? { ...c, excerpt } : c,
                    ),
                  );
                  setReviewed(citation.id, false);
                }}
              />
              <Text size="sm" c="dimmed">
                {source ? `— ${cite(source)}` : t("composer.sourceGone")}
              </Text>
              <Group justify="space-between">
                <Checkbox
                  label={t("composer.reviewedExcerpt")}
                  checked={reviewed.has(citation.id)}
                  onChange={(event) => {
                    setReviewed(citation.id, event.currentTarget.checked);
                  }}
                />
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  aria-label={t("composer.removeExcerpt", {
                    number: index + 1,
                  })}
                  onClick={() => {
                    edit(
                      "citations",
                      input.citations.filter((c) => c.id !== citation.id),
                    );
                    setReviewed(citation.id, false);
                  }}
                >
                  {t("composer.remove")}
                </Button>
              </Group>
            </Stack>
          </Paper>
        );
      })}
      <Group align="flex-end">
        <Select
          label={t("composer.citeObservation")}
          placeholder={t("composer.citePlaceholder")}
          searchable
          style={{ flex: 1 }}
          data={observations
            .filter((observation) => !cited.has(observation.id))
            .map((observation) => ({
              value: observation.id,
              label: `${observation.observedAt} · ${observation.adminArea ?? observation.country} · ${observation.title}`,
            }))}
          limit={50}
          value={choice}
          onChange={setChoice}
          nothingFoundMessage={t("composer.nothingToCite")}
          comboboxProps={{ withinPortal: true }}
        />
        <Button variant="default" disabled={choice === null} onClick={add}>
          {t("composer.cite")}
        </Button>
      </Group>
    </Section>
  );
}
