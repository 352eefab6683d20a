/** Sites the app may open in the person's browser; anything else is refused. */
export const EXTERNAL_LINK_ORIGINS: readonly string[] = [
  "https://quno.org",
  "https://gppac.net",
  "https://www.gppac.net",
];

function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * The normalised address to open if `url` is an https link to an allowed site without
 * credentials, else null. Callers pass on only this normalised form, never the raw string.
 */
export function allowedExternalLink(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const allowed =
    url === url.trim() &&
    !hasControlCharacter(url) &&
    parsed.protocol === "https:" &&
    parsed.username === "" &&
    parsed.password === "" &&
    EXTERNAL_LINK_ORIGINS.includes(parsed.origin);
  return allowed ? parsed.href : null;
}
