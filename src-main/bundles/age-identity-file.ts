import { DeskFailure } from "../../shared/errors";

/**
 * The identities in an age identity file (the format `age-keygen` writes): one
 * `AGE-SECRET-KEY-1…` per line, `#` comments and blank lines ignored.
 */
export function readAgeIdentities(bytes: Uint8Array): string[] {
  const identities = new TextDecoder()
    .decode(bytes)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
  if (
    identities.length === 0 ||
    !identities.every((line) => line.startsWith("AGE-SECRET-KEY-"))
  )
    throw new DeskFailure(
      "INVALID_ARGUMENT",
      "The identity file holds no age identity (AGE-SECRET-KEY-1…).",
    );
  return identities;
}
