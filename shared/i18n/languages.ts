import { z } from "zod";

/** Languages the app ships complete translations for. Arabic and Spanish follow. */
export const LANGUAGES = ["en", "fr"] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/** The language's own name, shown in the language picker whatever the current language. */
export const languageAutonym: Record<Language, string> = {
  en: "English",
  fr: "Français",
};

const rightToLeft: ReadonlySet<string> = new Set(["ar", "fa", "he", "ur"]);

export function textDirection(language: string): "ltr" | "rtl" {
  return rightToLeft.has(language.split("-")[0] ?? language) ? "rtl" : "ltr";
}

/** Picks a shipped language from the system's preferences (e.g. navigator.languages). */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = languageSchema.safeParse(tag.split("-")[0]?.toLowerCase());
    if (base.success) return base.data;
  }
  return "en";
}
