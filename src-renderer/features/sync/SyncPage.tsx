import { Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Role } from "../../../shared/domain/roles";
import type { Settings } from "../../../shared/domain/settings";
import { AdminSection } from "./AdminSection";
import { ConnectedSection } from "./ConnectedSection";
import { useDesk } from "../../app/desk-context";
import { ExportSection } from "./ExportSection";
import { ForkSection } from "./ForkSection";
import { HubSection } from "./HubSection";
import { ImportSection } from "./ImportSection";
import { KeysSection } from "./KeysSection";
import { ReceiptSection } from "./ReceiptSection";
import { SyncError } from "./SyncError";
import { useSync } from "./use-sync";

/**
 * Sync: this device's keys, the hub connection (automatic sync), and by bundle file the hub it
 * trusts, export, import, receipts.
 */
export function SyncPage({
  role,
  settings,
  onSettingsChange,
}: {
  role: Role;
  settings: Settings;
  onSettingsChange: (settings: Settings) => void;
}) {
  const { t } = useTranslation();
  const sync = useSync();
  const { desk } = useDesk();
  return (
    <Stack gap="lg" maw={1000}>
      <Title order={1} size="h2">
        {t("nav.sync")}
      </Title>
      <SyncError sync={sync} section="page" />
      <ForkSection sync={sync} />
      <KeysSection sync={sync} />
      {role === "hub" && <AdminSection sync={sync} />}
      <ConnectedSection
        sync={sync}
        onEnrolled={async () => {
          const view = await desk.settings.get(null);
          if (view.ok) onSettingsChange(view.value.settings);
        }}
      />
      <HubSection sync={sync} />
      <ExportSection sync={sync} />
      <ImportSection sync={sync} />
      <ReceiptSection
        sync={sync}
        purge={settings.purgeAfterReceipt}
        onSettingsChange={onSettingsChange}
      />
    </Stack>
  );
}
