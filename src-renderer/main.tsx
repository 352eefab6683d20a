import "@mantine/core/styles.css";
import { createRoot } from "react-dom/client";
import { pickLanguage } from "../shared/i18n/languages";
import { App } from "./app/App";
import { connectDesk } from "./app/desk";
import { DeskContext } from "./app/desk-context";
import { startI18n } from "./app/i18n";
import { DeskDatabase, recordFirstOpen } from "./db/db";

async function boot(root: HTMLElement): Promise<void> {
  const desk = await connectDesk();
  const db = new DeskDatabase({
    onVersionChange: () => {
      window.location.reload();
    },
  });
  const [view, appInfo, firstOpenedAt] = await Promise.all([
    desk.settings.get(null),
    desk.app.info(null),
    recordFirstOpen(db, new Date()),
  ]);
  if (!view.ok || !appInfo.ok) {
    const error = view.ok ? (appInfo.ok ? null : appInfo.error) : view.error;
    throw new Error(
      error?.message ?? "Prevention Desk could not load its settings.",
    );
  }
  const { settings } = view.value;
  await startI18n(
    settings.onboardedAt === null
      ? pickLanguage(navigator.languages)
      : settings.language,
  );
  createRoot(root).render(
    <DeskContext value={{ desk, db, appInfo: appInfo.value, firstOpenedAt }}>
      <App initial={view.value} />
    </DeskContext>,
  );
}

const root = document.getElementById("root");
if (root) {
  boot(root).catch((error: unknown) => {
    // Nothing translated can be shown before i18n starts; say it plainly in the page.
    root.textContent = `Prevention Desk could not start: ${error instanceof Error ? error.message : String(error)}`;
  });
}
