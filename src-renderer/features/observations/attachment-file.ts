import {
  MAX_ATTACHMENT_BYTES,
  type Attachment,
} from "../../../shared/domain/observation";
import { stripImageMetadata } from "../../../shared/media/strip-metadata";

export type PreparedAttachment =
  | {
      ok: true;
      attachment: Omit<Attachment, "observationId">;
      blob: Blob;
      removed: string[];
    }
  | { ok: false; problem: "tooLarge" | "empty" | "unreadable" };

/**
 * Reads a chosen file, strips location and camera metadata from images, and hashes what will
 * be kept: the bytes stored and sent are the stripped ones.
 */
export async function prepareAttachment(
  file: File,
): Promise<PreparedAttachment> {
  if (file.size > MAX_ATTACHMENT_BYTES)
    return { ok: false, problem: "tooLarge" };
  if (file.size === 0) return { ok: false, problem: "empty" };
  const type = file.type || "application/octet-stream";
  let stripped: { bytes: Uint8Array; removed: string[] };
  try {
    stripped = stripImageMetadata(
      new Uint8Array(await file.arrayBuffer()),
      type,
    );
  } catch {
    return { ok: false, problem: "unreadable" };
  }
  const bytes = new Uint8Array(stripped.bytes);
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  const sha256 = [...digest]
    .map((byte) => byte.toString(16).padStart(2, "0"))
    .join("");
  return {
    ok: true,
    attachment: {
      sha256,
      type,
      size: bytes.byteLength,
      name: file.name.slice(0, 200) || "attachment",
    },
    blob: new Blob([bytes], { type }),
    removed: stripped.removed,
  };
}
