import { Image, List, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { tableChart } from "../../../shared/meeting-input/charts";
import type { ExportParts } from "../../../shared/meeting-input/export-parts";
import type { MeetingStatistics } from "../../../shared/meeting-input/statistics";
import { Section } from "../../components/Section";

/** An SVG chart as an image: drawn offline, and it can run nothing. */
const chartSource = (svg: string) =>
  `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/**
 * The figures the export will carry, as it will carry them (small counts hidden), with the
 * escalations and the early-warning to early-action times for the person writing the trends.
 */
export function FiguresPanel({
  statistics,
  parts,
}: {
  statistics: MeetingStatistics | undefined;
  parts: ExportParts | null;
}) {
  const { t } = useTranslation();
  if (statistics === undefined || parts === null)
    return (
      <Section title={t("composer.figures")}>
        <Text>{t("composer.counting")}</Text>
      </Section>
    );
  const { earlyAction, escalations } = statistics;
  return (
    <Section
      title={t("composer.figures")}
      help={t("composer.figuresHelp", { count: statistics.observations })}
    >
      <Stack gap="xs">
        <Text>
          {earlyAction.alerts === 0
            ? t("composer.noAlerts")
            : t("composer.earlyAction", {
                alerts: earlyAction.alerts,
                responded: earlyAction.responded,
                median:
                  earlyAction.medianHours === null
                    ? "—"
                    : Math.round(earlyAction.medianHours),
              })}
        </Text>
        {escalations.length > 0 && (
          <>
            <Text fw={600}>{t("composer.escalations")}</Text>
            <List size="sm">
              {escalations.slice(0, 8).map((escalation) => (
                <List.Item key={`${escalation.adminArea}-${escalation.month}`}>
                  {t("composer.escalation", {
                    area:
                      escalation.adminArea ||
                      t("meetingInput.figures.countryLevel"),
                    month: escalation.month,
                    count: escalation.count,
                    previous: escalation.previous,
                  })}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {parts.tables.map((table, index) => (
          <Image
            key={table.heading}
            src={chartSource(
              tableChart(table, `composer-chart-${String(index)}`),
            )}
            alt={table.heading}
          />
        ))}
      </SimpleGrid>
    </Section>
  );
}
