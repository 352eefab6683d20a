/**
 * How an export cites an observation without attributing it (issue 8): never who or which
 * device, only where and when, at the level the export allows — by default the admin area and
 * the month ("a partner report from Gao (Mali), March 2026").
 */
export interface ExportLevel {
  place: "adminArea" | "country";
  time: "month" | "quarter" | "year";
}

export const DEFAULT_EXPORT_LEVEL: ExportLevel = {
  place: "adminArea",
  time: "month",
};

/** The texts come from the translation catalogues (`meetingInput.citation.*`). */
export type Translate = (key: string, values: Record<string, string>) => string;

export interface Citable {
  country: string;
  adminArea: string | null;
  /** YYYY-MM-DD */
  observedAt: string;
}

/** When, no finer than `level`: "March 2026", "Q1 2026" (French "T1 2026"), "2026". */
export function coarseTime(
  observedAt: string,
  level: ExportLevel["time"],
  language: string,
  t: Translate,
): string {
  const year = observedAt.slice(0, 4);
  const month = Number(observedAt.slice(5, 7));
  if (level === "year") return year;
  if (level === "quarter")
    return t("meetingInput.citation.quarter", {
      quarter: String(Math.ceil(month / 3)),
      year,
    });
  return new Intl.DateTimeFormat(language, {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(Number(year), month - 1, 1)));
}

export function citation(
  observation: Citable,
  level: ExportLevel,
  language: string,
  t: Translate,
): string {
  const country =
    new Intl.DisplayNames([language], { type: "region", fallback: "code" }).of(
      observation.country,
    ) ?? observation.country;
  const when = coarseTime(observation.observedAt, level.time, language, t);
  return level.place === "adminArea" && observation.adminArea
    ? t("meetingInput.citation.adminArea", {
        area: observation.adminArea,
        country,
        when,
      })
    : t("meetingInput.citation.country", { country, when });
}
