/**
 * Removing location and identity metadata from photos at capture.
 *
 * A field partner's photo can carry GPS coordinates, the camera's make, model
 * and serial number, the owner's name, capture times, edit history and an
 * embedded thumbnail of the uncropped original. Any of these can identify or
 * locate a source, so attachments pass through {@link stripImageMetadata}
 * before they are stored or sent.
 *
 * The stripper rewrites the container only: compressed pixel data is copied
 * byte for byte, so there is no re-encoding and no quality loss. Colour
 * information (ICC profiles, Adobe colour transform, PNG colour chunks) is
 * kept so the image still looks the same.
 *
 * Pure TypeScript over `Uint8Array`: no Node, DOM or Electron.
 */
import { MalformedImageError, type StripResult } from "./bytes";
import { stripJpeg } from "./strip-jpeg";
import { stripPng } from "./strip-png";
import { stripWebp } from "./strip-webp";

export { MalformedImageError, type StripResult };

/** The media types whose metadata {@link stripImageMetadata} removes. */
export const STRIPPABLE_IMAGE_TYPES = [
  "image/jpeg",
  "image/png",
  "image/webp",
] as const;
export type StrippableImageType = (typeof STRIPPABLE_IMAGE_TYPES)[number];

const ALIASES: Readonly<Record<string, StrippableImageType>> = {
  "image/jpeg": "image/jpeg",
  "image/jpg": "image/jpeg",
  "image/pjpeg": "image/jpeg",
  "image/png": "image/png",
  "image/x-png": "image/png",
  "image/webp": "image/webp",
};

const STRIPPERS: Readonly<
  Record<StrippableImageType, (bytes: Uint8Array) => StripResult>
> = {
  "image/jpeg": stripJpeg,
  "image/png": stripPng,
  "image/webp": stripWebp,
};

/**
 * The supported type `mimeType` names (case-insensitive, parameters such as
 * `; charset=…` ignored, common aliases like `image/jpg` accepted), or
 * undefined. Callers can use it to refuse images whose metadata cannot be
 * removed (HEIC, TIFF, GIF, …) instead of storing them as they are.
 */
export function strippableImageType(
  mimeType: string,
): StrippableImageType | undefined {
  const essence = (mimeType.split(";")[0] ?? "").trim().toLowerCase();
  return ALIASES[essence];
}

/**
 * Returns a copy of a JPEG, PNG or WebP image with every metadata container
 * removed, and the names of what was removed (e.g. `"Exif (APP1)"`,
 * `"XMP (APP1)"`, `"comment (COM)"`, `"eXIf chunk"`, `"tEXt chunk"`,
 * `"EXIF chunk"`), in file order without repeats; `[]` when the image was
 * already clean. The input is never modified.
 *
 * - JPEG: drops APP1 (Exif, XMP, extended XMP), APP2..APP15 except APP2
 *   ICC_PROFILE and APP14 Adobe, APP0 other than JFIF (JFXX thumbnails), the
 *   thumbnail inside a JFIF APP0, COM, and anything after EOI (MPF secondary
 *   images with their own Exif, appended "motion photo" videos). Segments
 *   between progressive scans are filtered as well; fill bytes and
 *   standalone markers (RSTn, TEM) are handled.
 * - PNG: drops eXIf, tEXt, zTXt, iTXt, tIME and every other ancillary chunk
 *   that is not colour, transparency, pixel size or APNG animation.
 * - WebP: drops EXIF, XMP and unknown chunks, clears the EXIF/XMP flags in
 *   VP8X and fixes the RIFF size.
 *
 * The Exif orientation tag is lost with the Exif block, so a photo that a
 * camera stored sideways with an orientation tag will display unrotated; the
 * UI may rotate the pixels before stripping if that matters.
 *
 * Any other `mimeType` (non-images, and image types this module does not
 * understand such as HEIC, TIFF or GIF) is returned unchanged, as a copy,
 * with `removed: []` — that does NOT mean it is free of metadata; use
 * {@link strippableImageType} to tell the cases apart. The type is taken from
 * `mimeType`, not sniffed from the bytes.
 *
 * @throws MalformedImageError when the bytes are not a complete, well-formed
 *   file of the claimed type (wrong signature, truncated, inconsistent
 *   lengths); the message says what is wrong and where.
 */
export function stripImageMetadata(
  bytes: Uint8Array,
  mimeType: string,
): { bytes: Uint8Array; removed: string[] } {
  const type = strippableImageType(mimeType);
  if (type === undefined) return { bytes: bytes.slice(), removed: [] };
  return STRIPPERS[type](bytes);
}
