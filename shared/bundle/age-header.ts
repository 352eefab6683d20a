import { DeskFailure } from "../errors";
import { LIMITS } from "./header";

const AGE_MAGIC = "age-encryption.org/v1\n";
const SCAN_BYTES = 65_536;

/**
 * Counts the recipient stanzas of an age file before age itself reads it, so a body with
 * thousands of stanzas is refused cheaply (docs/bundle-format.md, section 3). Only the header
 * lines are looked at: `-> ` opens a stanza, `--- ` ends the header.
 */
export function checkAgeHeader(body: Uint8Array): void {
  const head = body.subarray(0, SCAN_BYTES);
  let text = "";
  for (const byte of head) text += String.fromCharCode(byte);
  if (!text.startsWith(AGE_MAGIC))
    throw new DeskFailure("BUNDLE_MALFORMED", "the body is not an age file");
  const end = text.indexOf("\n--- ");
  if (end === -1)
    throw new DeskFailure(
      body.length > SCAN_BYTES ? "BUNDLE_TOO_LARGE" : "BUNDLE_MALFORMED",
      "the age header does not end within 64 KiB",
    );
  const stanzas = text.slice(0, end).split("\n-> ").length - 1;
  if (stanzas === 0)
    throw new DeskFailure("BUNDLE_MALFORMED", "the age file has no recipient");
  if (stanzas > LIMITS.stanzas)
    throw new DeskFailure(
      "BUNDLE_TOO_LARGE",
      `${stanzas} age recipients (at most ${LIMITS.stanzas})`,
    );
}
