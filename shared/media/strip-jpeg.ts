import {
  MalformedImageError,
  concat,
  hex,
  reader,
  type StripResult,
} from "./bytes";

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP0 = 0xe0;
const APP15 = 0xef;
const COM = 0xfe;
const TEM = 0x01;
const RST0 = 0xd0;
const RST7 = 0xd7;

const JFIF = "JFIF\0";
/** Identifiers (the NUL-terminated text an APPn payload starts with) of the APPn segments we keep. */
const KEPT_APP: Readonly<Record<number, string>> = {
  [APP0]: JFIF,
  [APP0 + 2]: "ICC_PROFILE\0",
  [APP0 + 14]: "Adobe",
};
/** Friendly names of well-known APPn payloads, for `removed`. */
const KNOWN_APP: readonly (readonly [string, string])[] = [
  ["Exif\0", "Exif"],
  ["http://ns.adobe.com/xap/1.0/\0", "XMP"],
  ["http://ns.adobe.com/xmp/extension/\0", "extended XMP"],
  ["JFXX\0", "JFXX thumbnail"],
  ["MPF\0", "MPF"],
  ["FPXR\0", "FlashPix"],
  ["Photoshop 3.0\0", "Photoshop/IPTC"],
  ["Ducky", "Ducky"],
];
/** Offset, inside a JFIF APP0 segment (from its 0xFF), of the thumbnail width byte. */
const JFIF_THUMB_AT = 16;

const isStandalone = (marker: number): boolean =>
  marker === TEM || (marker >= RST0 && marker <= RST7);

/**
 * JPEG: walks the marker segments, drops APP1..APP15 except APP2 ICC_PROFILE
 * and APP14 Adobe, non-JFIF APP0 and COM, drops the thumbnail from a JFIF
 * APP0, and copies each scan's entropy-coded data verbatim. Segments between
 * progressive scans are filtered too; anything after EOI (MPF secondary
 * images, "motion photo" videos, vendor trailers) is dropped.
 */
export function stripJpeg(bytes: Uint8Array): StripResult {
  const r = reader(bytes, "JPEG");
  if (bytes.length < 2 || r.u8(0) !== 0xff || r.u8(1) !== SOI) {
    throw new MalformedImageError("Not a JPEG: it does not start with SOI");
  }
  const out: Uint8Array[] = [bytes.subarray(0, 2)];
  const removed = new Set<string>();
  let pos = 2;
  let sawScan = false;
  for (;;) {
    r.need(pos, 2, "marker");
    if (r.u8(pos) !== 0xff) {
      throw new MalformedImageError(
        `JPEG is malformed: expected a marker at offset ${pos}, found ${hex(r.u8(pos))}`,
      );
    }
    while (pos + 1 < bytes.length && r.u8(pos + 1) === 0xff) pos++; // fill bytes
    r.need(pos, 2, "marker");
    const marker = r.u8(pos + 1);
    if (marker === EOI) {
      if (!sawScan) {
        throw new MalformedImageError("JPEG has no image data: EOI before SOS");
      }
      out.push(bytes.subarray(pos, pos + 2));
      pos += 2;
      break;
    }
    if (marker === 0x00 || marker === SOI) {
      throw new MalformedImageError(
        `JPEG is malformed: unexpected marker ${hex(marker)} at offset ${pos}`,
      );
    }
    if (isStandalone(marker)) {
      out.push(bytes.subarray(pos, pos + 2));
      pos += 2;
      continue;
    }
    r.need(pos, 4, `${markerName(marker)} segment`);
    const length = r.u16be(pos + 2);
    if (length < 2) {
      throw new MalformedImageError(
        `JPEG is malformed: ${markerName(marker)} segment at offset ${pos} has length ${length}`,
      );
    }
    r.need(pos, 2 + length, `${markerName(marker)} segment`);
    const segment = bytes.subarray(pos, pos + 2 + length);
    pos += 2 + length;
    const kept = filterSegment(marker, segment, removed);
    if (kept) out.push(kept);
    if (marker === SOS) {
      const end = scanEnd(bytes, pos);
      out.push(bytes.subarray(pos, end));
      pos = end;
      sawScan = true;
    }
  }
  if (pos < bytes.length) removed.add("trailing data after EOI");
  return { bytes: concat(out), removed: [...removed] };
}

/** The segment to write (maybe rewritten), or undefined when it is metadata to drop. */
function filterSegment(
  marker: number,
  segment: Uint8Array,
  removed: Set<string>,
): Uint8Array | undefined {
  if (marker === COM) {
    removed.add("comment (COM)");
    return undefined;
  }
  if (marker < APP0 || marker > APP15) return segment;
  const payload = segment.subarray(4);
  const keep = KEPT_APP[marker];
  if (keep !== undefined && startsWith(payload, keep)) {
    return marker === APP0 ? jfifHeaderOnly(segment, removed) : segment;
  }
  const known = KNOWN_APP.find(([id]) => startsWith(payload, id));
  removed.add(
    known ? `${known[1]} (${markerName(marker)})` : markerName(marker),
  );
  return undefined;
}

/**
 * A JFIF APP0 may embed an uncompressed thumbnail of the original (or other
 * bytes after its 16-byte header): keep the header only, with a 0x0
 * thumbnail. An APP0 too short to hold the header is dropped.
 */
function jfifHeaderOnly(
  segment: Uint8Array,
  removed: Set<string>,
): Uint8Array | undefined {
  const end = JFIF_THUMB_AT + 2;
  if (segment.length < end) {
    removed.add("malformed JFIF (APP0)");
    return undefined;
  }
  if (
    segment.length === end &&
    segment[JFIF_THUMB_AT] === 0 &&
    segment[JFIF_THUMB_AT + 1] === 0
  ) {
    return segment;
  }
  const header = segment.slice(0, end);
  header.set([0, end - 2], 2); // the length field counts itself, not the marker
  header.set([0, 0], JFIF_THUMB_AT);
  removed.add("JFIF thumbnail (APP0)");
  return header;
}

/**
 * End of the entropy-coded data that starts at `start`: the 0xFF (or first
 * fill byte) of the next marker other than a stuffed 0xFF00 or an RSTn.
 */
function scanEnd(bytes: Uint8Array, start: number): number {
  let i = start;
  for (;;) {
    i = bytes.indexOf(0xff, i);
    if (i < 0) break;
    let next = i + 1;
    while (bytes[next] === 0xff) next++;
    const code = bytes[next];
    if (code === undefined) break;
    if (code !== 0x00 && (code < RST0 || code > RST7)) return i;
    i = next + 1;
  }
  throw new MalformedImageError(
    `JPEG is truncated: scan data starting at offset ${start} runs to the end of the file without EOI`,
  );
}

function markerName(marker: number): string {
  if (marker >= APP0 && marker <= APP15) return `APP${marker - APP0}`;
  if (marker === SOS) return "SOS";
  if (marker === COM) return "COM";
  return `marker ${hex(marker)}`;
}

function startsWith(bytes: Uint8Array, text: string): boolean {
  if (bytes.length < text.length) return false;
  for (let i = 0; i < text.length; i++) {
    if (bytes[i] !== text.charCodeAt(i)) return false;
  }
  return true;
}
