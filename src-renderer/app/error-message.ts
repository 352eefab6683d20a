import type { TFunction } from "i18next";
import type { DeskError } from "../../shared/errors";

/** The one place a refusal's code becomes words, so the same refusal reads the same everywhere. */
export function errorMessage(t: TFunction, error: DeskError): string {
  return t(`errors.${error.code}`, { detail: error.message });
}
