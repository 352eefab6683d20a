import { foldForNames } from "../../../shared/non-attribution/protected-names";

/**
 * Whether the directory already lists a name as the export check reads names: whatever its
 * case, accents, spacing, punctuation or look-alike characters.
 */
export function isListed(
  name: string,
  entries: readonly { values: { name?: string } }[],
): boolean {
  const folded = foldForNames(name).folded;
  return (
    folded !== "" &&
    entries.some(
      (entry) => foldForNames(entry.values.name ?? "").folded === folded,
    )
  );
}
