/** Country names in the app's language, joined for display ("Mali, Niger"). */
export function countryNames(
  codes: readonly string[],
  language: string,
): string {
  const names = new Intl.DisplayNames([language], {
    type: "region",
    fallback: "code",
  });
  return new Intl.ListFormat(language, { style: "short", type: "unit" }).format(
    codes.map((code) => names.of(code) ?? code),
  );
}
