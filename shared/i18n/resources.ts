import type { Language } from "./languages";
import { en, type Messages } from "./locales/en";
import { fr } from "./locales/fr";

/** i18next resources: one namespace per language, the same keys in each. */
export const resources: Record<Language, { translation: Messages }> = {
  en: { translation: en },
  fr: { translation: fr },
};
