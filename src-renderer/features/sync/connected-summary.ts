import type { TFunction } from "i18next";
import { errorMessage } from "../../app/error-message";
import type { ConnectedState } from "./connected-state";

export type SummaryTone = "ok" | "busy" | "warn" | "error";

const MINUTE = 60_000;

/** "3 minutes ago", "yesterday": how long since `at`, in the person's language. */
export function timeAgo(
  at: string,
  language: string,
  now = Date.now(),
): string {
  const format = new Intl.RelativeTimeFormat(language, { numeric: "auto" });
  const minutes = Math.round((Date.parse(at) - now) / MINUTE);
  if (Math.abs(minutes) < 60) return format.format(minutes, "minute");
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return format.format(hours, "hour");
  return format.format(Math.round(hours / 24), "day");
}

export const longDate = (at: string, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: "long" }).format(new Date(at));

/**
 * Where connected sync stands, in one line of plain words for the app's chrome and the Sync
 * screen; null when this install has no hub connection.
 */
export function connectedSummary(
  t: TFunction,
  language: string,
  { hub, online, running, progress, error }: ConnectedState,
): { tone: SummaryTone; text: string } | null {
  if (hub === null || hub.connection === "none") return null;
  if (running)
    return {
      tone: "busy",
      text: t("sync.connected.state.running", {
        step: t(`sync.connected.steps.${progress?.step ?? "send"}`),
      }),
    };
  if (hub.connection === "revoked")
    return {
      tone: "error",
      text: t("errors.DEVICE_BLOCKED", {
        detail: t("sync.connected.revokedOn", {
          date: hub.revokedAt ? longDate(hub.revokedAt, language) : "—",
        }),
      }),
    };
  if (!online)
    return {
      tone: "warn",
      text: t("sync.connected.state.offline", { count: hub.toSend }),
    };
  if (error !== null) return { tone: "error", text: errorMessage(t, error) };
  if (hub.connection === "queued")
    return { tone: "warn", text: t("sync.connected.state.queued") };
  const synced =
    hub.lastSyncAt === null
      ? t("sync.connected.state.never")
      : t("sync.connected.state.synced", {
          when: timeAgo(hub.lastSyncAt, language),
        });
  return {
    tone: "ok",
    text:
      hub.toSend > 0
        ? `${synced} · ${t("sync.connected.state.waiting", { count: hub.toSend })}`
        : synced,
  };
}
