import {
  Badge,
  Button,
  Group,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from "@mantine/core";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useLiveQuery } from "dexie-react-hooks";
import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  SENSITIVITIES,
  TRENDS,
  type ObservationFieldName,
} from "../../../shared/domain/observation";
import { TAXONOMY, taxonomyLabel } from "../../../shared/domain/taxonomy";
import { languageSchema } from "../../../shared/i18n/languages";
import { useDesk } from "../../app/desk-context";
import { countryNames } from "../../app/country-names";
import { useSearch } from "./use-search";
import { observationSummaries } from "../../db/observation-reads";
import {
  NO_FILTERS,
  queryObservations,
  type ObservationFilters,
  type Sort,
  type SortKey,
} from "./query";

const ROW_HEIGHT = 64;
/** The observation field whose label each filter shows. */
const FILTER_FIELD: Record<keyof ObservationFilters, ObservationFieldName> = {
  country: "country",
  category: "category",
  indicator: "indicators",
  severity: "severity",
  trend: "trend",
  status: "status",
  sensitivity: "sensitivity",
  from: "observedAt",
  to: "observedAt",
};

/** Find observations: filters, accent-insensitive search, counts, and a list that stays fast at 100,000. */
export function ObservationsPage({
  onOpen,
  onRecord,
}: {
  onOpen: (id: string) => void;
  onRecord: (() => void) | null;
}) {
  const { t, i18n } = useTranslation();
  const language = languageSchema.catch("en").parse(i18n.language);
  const { db } = useDesk();
  const summaries = useLiveQuery(() => observationSummaries(db), [db]);
  const [filters, setFilters] = useState<ObservationFilters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>({
    key: "observedAt",
    descending: true,
  });
  const [query, setQuery] = useState("");
  const { matching, building } = useSearch(db, query, summaries);

  const rows = useMemo(
    () => queryObservations(summaries ?? [], filters, sort, matching),
    [summaries, filters, sort, matching],
  );
  const countries = useMemo(
    () => [...new Set((summaries ?? []).map((row) => row.country))].sort(),
    [summaries],
  );
  const indicators =
    TAXONOMY.find((category) => category.id === filters.category)?.indicators ??
    [];
  const set = (key: keyof ObservationFilters) => (value: string | null) => {
    setFilters((current) => ({
      ...current,
      [key]:
        key === "severity" ? (value === null ? null : Number(value)) : value,
      ...(key === "category" ? { indicator: null } : {}),
    }));
  };
  const choice = (
    key: keyof ObservationFilters,
    data: { value: string; label: string }[],
  ) => (
    <Select
      label={t(`observation.fields.${FILTER_FIELD[key]}`)}
      data={data}
      value={filters[key] === null ? null : String(filters[key])}
      onChange={set(key)}
      clearable
      searchable={data.length > 8}
      comboboxProps={{ withinPortal: true }}
    />
  );

  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns functions React Compiler cannot memoize; it skips this component, which re-renders cheaply.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });

  if (summaries === undefined) return null;
  if (summaries.length === 0) {
    return (
      <Stack gap="sm" maw={640}>
        <Title order={1} size="h2">
          {t("nav.observations")}
        </Title>
        <Text>{t("observations.emptyIntro")}</Text>
        {onRecord && (
          <Button onClick={onRecord} style={{ alignSelf: "flex-start" }}>
            {t("nav.capture")}
          </Button>
        )}
      </Stack>
    );
  }
  return (
    <Stack gap="md" h="calc(100vh - 56px - 2 * var(--mantine-spacing-lg))">
      <Title order={1} size="h2">
        {t("nav.observations")}
      </Title>
      <TextInput
        label={t("observations.search")}
        placeholder={t("observations.searchPlaceholder")}
        value={query}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
        }}
        type="search"
        description={
          building === null
            ? undefined
            : t("observations.preparingSearch", {
                percent: Math.round(building * 100),
              })
        }
      />
      {building !== null && (
        <Progress
          value={building * 100}
          size="xs"
          aria-label={t("observations.preparingSearch", {
            percent: Math.round(building * 100),
          })}
        />
      )}
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="xs">
        {choice(
          "country",
          countries.map((code) => ({
            value: code,
            label: countryNames([code], language),
          })),
        )}
        {choice(
          "category",
          TAXONOMY.map((category) => ({
            value: category.id,
            label: taxonomyLabel(category.id, language),
          })),
        )}
        {choice(
          "indicator",
          indicators.map((indicator) => ({
            value: indicator.id,
            label: taxonomyLabel(indicator.id, language),
          })),
        )}
        {choice(
          "severity",
          [1, 2, 3, 4, 5].map((value) => ({
            value: String(value),
            label: t(`observation.values.severity.${value}`),
          })),
        )}
        {choice(
          "trend",
          TRENDS.map((value) => ({
            value,
            label: t(`observation.values.trend.${value}`),
          })),
        )}
        {choice(
          "status",
          ["draft", "final"].map((value) => ({
            value,
            label: t(`observation.values.status.${value}`),
          })),
        )}
        {choice(
          "sensitivity",
          SENSITIVITIES.map((value) => ({
            value,
            label: t(`observation.values.sensitivity.${value}`),
          })),
        )}
        <TextInput
          type="date"
          label={t("observations.from")}
          value={filters.from ?? ""}
          onChange={(event) => {
            set("from")(event.currentTarget.value || null);
          }}
        />
        <TextInput
          type="date"
          label={t("observations.to")}
          value={filters.to ?? ""}
          onChange={(event) => {
            set("to")(event.currentTarget.value || null);
          }}
        />
        <Select
          label={t("observations.sort")}
          data={(["observedAt", "severity", "updated"] as const).flatMap(
            (key) => [
              {
                value: `${key}:desc`,
                label: t(`observations.sortBy.${key}Desc`),
              },
              {
                value: `${key}:asc`,
                label: t(`observations.sortBy.${key}Asc`),
              },
            ],
          )}
          value={`${sort.key}:${sort.descending ? "desc" : "asc"}`}
          onChange={(value) => {
            const [key, direction] = (value ?? "observedAt:desc").split(":");
            setSort({ key: key as SortKey, descending: direction === "desc" });
          }}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
      </SimpleGrid>
      <Group justify="space-between">
        <Text role="status" aria-live="polite">
          {t("observations.count", {
            count: rows.length,
            total: summaries.length,
          })}
        </Text>
        <Button
          variant="subtle"
          onClick={() => {
            setFilters(NO_FILTERS);
            setQuery("");
          }}
        >
          {t("observations.clear")}
        </Button>
      </Group>
      {rows.length === 0 ? (
        <Text>{t("observations.noMatch")}</Text>
      ) : (
        <Paper
          withBorder
          ref={scroller}
          style={{ flex: 1, overflowY: "auto", minHeight: 200 }}
          role="list"
          aria-label={t("nav.observations")}
        >
          <div
            style={{ height: virtualizer.getTotalSize(), position: "relative" }}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              return (
                <UnstyledButton
                  key={row.id}
                  role="listitem"
                  onClick={() => {
                    onOpen(row.id);
                  }}
                  px="md"
                  py={6}
                  style={{
                    position: "absolute",
                    top: 0,
                    left: 0,
                    right: 0,
                    height: ROW_HEIGHT,
                    transform: `translateY(${item.start}px)`,
                    borderBottom: "1px solid var(--mantine-color-gray-3)",
                  }}
                >
                  <Text fw={600} truncate>
                    {row.title || t("observations.untitled")}
                  </Text>
                  <Group gap="xs">
                    <Text size="sm" c="dimmed">
                      {row.observedAt} · {countryNames([row.country], language)}{" "}
                      ·{" "}
                      {row.category &&
                        taxonomyLabel(row.category as never, language)}
                    </Text>
                    <Badge
                      size="sm"
                      variant="light"
                      color={
                        row.severity >= 4
                          ? "red"
                          : row.severity === 3
                            ? "orange"
                            : "gray"
                      }
                    >
                      {t("observation.fields.severity")} {row.severity || "–"}
                    </Badge>
                    {row.status === "draft" && (
                      <Badge size="sm" variant="outline">
                        {t("observation.values.status.draft")}
                      </Badge>
                    )}
                    {row.hasConflict && (
                      <Badge size="sm" color="yellow">
                        {t("observations.conflict")}
                      </Badge>
                    )}
                  </Group>
                </UnstyledButton>
              );
            })}
          </div>
        </Paper>
      )}
    </Stack>
  );
}
