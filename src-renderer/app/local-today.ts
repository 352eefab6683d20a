/** Today in the person's own time zone, as YYYY-MM-DD. */
export function localToday(now: Date): string {
  const offset = now.getTimezoneOffset() * 60_000;
  return new Date(now.getTime() - offset).toISOString().slice(0, 10);
}
