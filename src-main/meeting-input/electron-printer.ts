import type { BrowserWindow } from "electron";
import type { Printer } from "./pdf-export";

/** Electron's `BrowserWindow` class, passed in: this file never loads Electron itself. */
export type BrowserWindowClass = typeof BrowserWindow;

/** In memory (no `persist:`), so the print window shares nothing with the app's session. */
const PARTITION = "pdf-export";

/**
 * Printing with Electron's own Chromium: a hidden window that runs no script and has no
 * preload, loads the page as a data: URL, may fetch nothing else, and is always destroyed.
 */
export function electronPrinter(Window: BrowserWindowClass): Printer {
  return {
    async pdfOf(html) {
      const window = new Window({
        show: false,
        webPreferences: {
          javascript: false,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          webSecurity: true,
          spellcheck: false,
          partition: PARTITION,
        },
      });
      try {
        const contents = window.webContents;
        contents.session.webRequest.onBeforeRequest((details, callback) => {
          callback({ cancel: !details.url.startsWith("data:") });
        });
        contents.setWindowOpenHandler(() => ({ action: "deny" }));
        contents.on("will-navigate", (event) => {
          event.preventDefault();
        });
        await window.loadURL(
          `data:text/html;charset=utf-8;base64,${Buffer.from(html, "utf8").toString("base64")}`,
        );
        const pdf = await contents.printToPDF({
          pageSize: "A4",
          printBackground: true,
        });
        return new Uint8Array(pdf);
      } finally {
        window.destroy();
      }
    },
  };
}
