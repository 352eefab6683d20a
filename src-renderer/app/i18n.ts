import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { textDirection, type Language } from "../../shared/i18n/languages";
import { resources } from "../../shared/i18n/resources";

export async function startI18n(language: Language): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: "en",
    interpolation: { escapeValue: false },
  });
  applyDocumentLanguage(language);
}

export async function switchLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  applyDocumentLanguage(language);
}

/** lang and dir on <html> let screen readers pronounce, and layouts mirror for right-to-left. */
function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = textDirection(language);
}
