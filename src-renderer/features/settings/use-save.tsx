import { Alert, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { DeskError, Result } from "../../../shared/errors";
import type { Settings } from "../../../shared/domain/settings";
import { errorMessage } from "../../app/error-message";

type SaveState =
  { kind: "idle" } | { kind: "saved" } | { kind: "failed"; error: DeskError };

/** Runs one settings change through main and reports it the same way in every section. */
export function useSave(onSaved: (settings: Settings) => void) {
  const { t } = useTranslation();
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const save = async (request: Promise<Result<Settings>>): Promise<boolean> => {
    const result = await request;
    if (result.ok) onSaved(result.value);
    setState(
      result.ok ? { kind: "saved" } : { kind: "failed", error: result.error },
    );
    return result.ok;
  };
  const status =
    state.kind === "saved" ? (
      <Text size="sm" c="teal.8" role="status">
        {t("settings.saved")}
      </Text>
    ) : state.kind === "failed" ? (
      <Alert color="red" role="alert">
        {errorMessage(t, state.error)}
      </Alert>
    ) : null;
  return { save, status };
}
