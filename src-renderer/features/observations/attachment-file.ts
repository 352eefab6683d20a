import {
  MAX_ATTACHMENT_BYTES,
  type Attachment,
} from "../../../shared/domain/observation";
import {
  stripImageMetadata,
  strippableImageType,
} from "../../../shared/media/strip-metadata";

export type PreparedAttachment =
  | {
      ok: true;
      attachment: Omit<Attachment, "observationId">;
      blob: Blob;
      removed: string[];
    }
  | {
      ok: false;
      problem: "tooLarge" | "empty" | "unreadable" | "unsupportedImage";
    };

const startsWith = (bytes: Uint8Array, prefix: readonly number[], offset = 0) =>
  prefix.every((byte, index) => bytes[offset + index] === byte);

/** The image type the bytes say, whatever the file name or browser claims. */
function sniffImageType(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return "image/png";
  if (
    startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) &&
    startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)
  ) {
    return "image/webp";
  }
  return null;
}

/**
 * Reads a chosen file, strips location and camera metadata from images, and hashes what will
 * be kept: the bytes stored and sent are the stripped ones. Images in a format whose metadata
 * cannot be stripped (HEIC, TIFF, GIF…) are refused rather than kept with their GPS.
 */
export async function prepareAttachment(
  file: File,
): Promise<PreparedAttachment> {
  if (file.size > MAX_ATTACHMENT_BYTES)
    return { ok: false, problem: "tooLarge" };
  if (file.size === 0) return { ok: false, problem: "empty" };
  const original = new Uint8Array(await file.arrayBuffer());
  const type =
    sniffImageType(original) ?? (file.type || "application/octet-stream");
  if (type.startsWith("image/") && strippableImageType(type) === undefined) {
    return { ok: false, problem: "unsupportedImage" };
  }
  let stripped: { bytes: Uint8Array; removed: string[] };
  try {
    stripped = stripImageMetadata(original, type);
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
