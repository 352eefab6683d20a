import { MalformedImageError, concat, reader, type StripResult } from "./bytes";

/** Chunks of the WebP container that carry image data or colour; all others are dropped. */
const KEPT = new Set(["VP8X", "VP8 ", "VP8L", "ALPH", "ANIM", "ANMF", "ICCP"]);
const FIRST = new Set(["VP8X", "VP8 ", "VP8L"]);
const VP8X_EXIF_FLAG = 0x08;
const VP8X_XMP_FLAG = 0x04;
const VP8X_PAYLOAD = 10;

/**
 * WebP: walks the RIFF chunks (each padded to an even length), drops EXIF,
 * "XMP " and unknown chunks, clears the EXIF/XMP flags of VP8X and rewrites
 * the RIFF size. Image, alpha, animation and ICCP chunks are copied
 * verbatim; data after the RIFF payload is dropped.
 */
export function stripWebp(bytes: Uint8Array): StripResult {
  const r = reader(bytes, "WebP");
  if (
    bytes.length < 12 ||
    r.ascii(0, 4) !== "RIFF" ||
    r.ascii(8, 4) !== "WEBP"
  ) {
    throw new MalformedImageError(
      "Not a WebP: the RIFF/WEBP header is missing",
    );
  }
  const riffSize = r.u32le(4);
  if (riffSize < 4 || riffSize % 2 !== 0) {
    throw new MalformedImageError(
      `WebP is malformed: RIFF size ${riffSize} is too small or odd`,
    );
  }
  r.need(0, 8 + riffSize, "RIFF payload");
  // Chunks must stay inside the RIFF payload, so bound reads by its end.
  const riff = reader(bytes.subarray(0, 8 + riffSize), "WebP");
  const out: Uint8Array[] = [];
  const removed = new Set<string>();
  let pos = 12;
  if (pos === riff.length) {
    throw new MalformedImageError("WebP has no image data: no chunks");
  }
  while (pos < riff.length) {
    riff.need(pos, 8, "chunk header");
    const fourcc = riff.ascii(pos, 4);
    if (![0, 1, 2, 3].every((i) => isPrintable(riff.u8(pos + i)))) {
      throw new MalformedImageError(
        `WebP is malformed: invalid chunk name ${JSON.stringify(fourcc)} at offset ${pos}`,
      );
    }
    const size = riff.u32le(pos + 4);
    const padded = size + (size % 2);
    riff.need(pos, 8 + padded, `${fourcc} chunk`);
    if (pos === 12 && !FIRST.has(fourcc)) {
      throw new MalformedImageError(
        `WebP is malformed: first chunk is ${JSON.stringify(fourcc)}, not VP8, VP8L or VP8X`,
      );
    }
    const chunk = bytes.subarray(pos, pos + 8 + padded);
    pos += 8 + padded;
    if (fourcc === "VP8X") {
      const flags = chunk[8];
      if (flags === undefined || size < VP8X_PAYLOAD) {
        throw new MalformedImageError(
          `WebP is malformed: VP8X chunk has ${size} bytes, expected ${VP8X_PAYLOAD}`,
        );
      }
      const copy = chunk.slice();
      copy[8] = flags & ~(VP8X_EXIF_FLAG | VP8X_XMP_FLAG);
      out.push(copy);
    } else if (KEPT.has(fourcc)) {
      out.push(chunk);
    } else {
      removed.add(`${fourcc.trimEnd()} chunk`);
    }
  }
  if (riff.length < bytes.length) removed.add("trailing data after RIFF");
  const header = bytes.slice(0, 12);
  const size = out.reduce((sum, chunk) => sum + chunk.length, 4);
  new DataView(header.buffer).setUint32(4, size, true);
  return { bytes: concat([header, ...out]), removed: [...removed] };
}

const isPrintable = (code: number): boolean => code >= 0x20 && code <= 0x7e;
