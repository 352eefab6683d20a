import type { Protocol } from "electron";
import { APP_HOST, APP_SCHEME } from "../security/app-origin";
import { readRendererFile } from "../services/renderer-files";

/** Must run before the app is ready: app:// becomes a standard, secure origin like https. */
export function registerAppScheme(
  protocol: Pick<Protocol, "registerSchemesAsPrivileged">,
): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    },
  ]);
}

export function serveRenderer(
  protocol: Pick<Protocol, "handle">,
  rendererDir: string,
): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file =
      url.host === APP_HOST
        ? await readRendererFile(rendererDir, url.pathname)
        : null;
    if (file === null) return new Response("Not found", { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: {
        "content-type": file.contentType,
        "x-content-type-options": "nosniff",
      },
    });
  });
}
