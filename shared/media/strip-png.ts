import { MalformedImageError, concat, reader, type StripResult } from "./bytes";

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
const MAX_CHUNK_LENGTH = 0x7fffffff;

/**
 * Ancillary chunks we keep: transparency, colour (iCCP, sRGB, gAMA, cHRM,
 * cICP, HDR metadata, sBIT), background, histogram, physical pixel size and
 * APNG animation. Every other ancillary chunk is dropped — the metadata ones
 * (eXIf, tEXt, zTXt, iTXt, tIME) and also unknown or vendor chunks
 * (e.g. caBX content credentials, sPLT with its free-text name), which may
 * identify the device or its owner. Critical chunks are always kept.
 */
const KEPT_ANCILLARY = new Set([
  "tRNS",
  "iCCP",
  "sRGB",
  "gAMA",
  "cHRM",
  "cICP",
  "mDCv",
  "cLLi",
  "sBIT",
  "bKGD",
  "hIST",
  "pHYs",
  "acTL",
  "fcTL",
  "fdAT",
]);

/** A chunk type is four ASCII letters; lower case first letter means ancillary. */
const isLetter = (code: number): boolean =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/**
 * PNG: checks the signature, walks length/type/data/CRC chunks from IHDR to
 * IEND and keeps critical and colour/rendering chunks verbatim (their CRCs
 * stay valid); see {@link KEPT_ANCILLARY}. Data after IEND is dropped.
 */
export function stripPng(bytes: Uint8Array): StripResult {
  const r = reader(bytes, "PNG");
  if (
    bytes.length < SIGNATURE.length ||
    SIGNATURE.some((value, i) => r.u8(i) !== value)
  ) {
    throw new MalformedImageError("Not a PNG: the PNG signature is missing");
  }
  const out: Uint8Array[] = [bytes.subarray(0, SIGNATURE.length)];
  const removed = new Set<string>();
  let pos: number = SIGNATURE.length;
  let sawIdat = false;
  for (;;) {
    r.need(pos, 8, "chunk header");
    const length = r.u32be(pos);
    const type = r.ascii(pos + 4, 4);
    if (![0, 1, 2, 3].every((i) => isLetter(r.u8(pos + 4 + i)))) {
      throw new MalformedImageError(
        `PNG is malformed: invalid chunk type ${JSON.stringify(type)} at offset ${pos}`,
      );
    }
    if (length > MAX_CHUNK_LENGTH) {
      throw new MalformedImageError(
        `PNG is malformed: ${type} chunk at offset ${pos} declares length ${length}`,
      );
    }
    r.need(pos, 12 + length, `${type} chunk (data and CRC)`);
    const first = pos === SIGNATURE.length;
    if (first !== (type === "IHDR") || (type === "IHDR" && length !== 13)) {
      throw new MalformedImageError(
        `PNG is malformed: ${first ? `first chunk is ${type}, not a 13-byte IHDR` : `second IHDR at offset ${pos}`}`,
      );
    }
    const critical = r.u8(pos + 4) < 0x61; // upper-case first letter
    const chunk = bytes.subarray(pos, pos + 12 + length);
    pos += 12 + length;
    if (type === "IDAT") sawIdat = true;
    if (critical || KEPT_ANCILLARY.has(type)) out.push(chunk);
    else removed.add(`${type} chunk`);
    if (type === "IEND") break;
  }
  if (!sawIdat) {
    throw new MalformedImageError("PNG has no image data: no IDAT chunk");
  }
  if (pos < bytes.length) removed.add("trailing data after IEND");
  return { bytes: concat(out), removed: [...removed] };
}
