/** Sites the app may open in the person's browser; anything else is refused. */
export const EXTERNAL_LINK_ORIGINS: readonly string[] = [
  "https://quno.org",
  "https://gppac.net",
  "https://www.gppac.net",
];

export function isAllowedExternalLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === "https:" &&
      parsed.username === "" &&
      parsed.password === "" &&
      EXTERNAL_LINK_ORIGINS.includes(parsed.origin)
    );
  } catch {
    return false;
  }
}
