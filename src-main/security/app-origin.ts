/** The renderer's origin: a standard, secure custom scheme, so its IndexedDB origin never changes. */
export const APP_SCHEME = "app";
export const APP_HOST = "prevention-desk";
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Node's URL gives custom schemes an opaque "null" origin, so compare scheme and host. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
