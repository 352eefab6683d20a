import i18next from "i18next";
import type { Language } from "../../shared/i18n/languages";
import { resources } from "../../shared/i18n/resources";
import type { Translate } from "../../shared/non-attribution/citation";

const i18n = i18next.createInstance();
void i18n.init({
  resources,
  lng: "en",
  initAsync: false,
  // The exports escape what they render themselves (XML, HTML, Markdown).
  interpolation: { escapeValue: false },
});

/** The catalogue's texts in one language, for what main renders (the exports). */
export const translator =
  (language: Language): Translate =>
  (key, values) =>
    i18n.getFixedT(language)(key, values);
