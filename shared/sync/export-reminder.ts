/** A week: how long work may stay only on this laptop before the app asks for an export. */
export const EXPORT_REMINDER_DAYS = 7;

/**
 * Days since the last export (or since the keys were made, before any), when that is a week or
 * more: every export is also an encrypted copy of the work, readable with the recovery key, so
 * a lost laptop loses at most a week. Null when no reminder is due or there are no keys yet.
 */
export function exportReminderDays(
  status: { keysCreatedAt: string | null; lastExportAt: string | null },
  now: Date,
): number | null {
  const since = status.lastExportAt ?? status.keysCreatedAt;
  if (since === null) return null;
  const days = Math.floor((now.getTime() - Date.parse(since)) / 86_400_000);
  return days >= EXPORT_REMINDER_DAYS ? days : null;
}
