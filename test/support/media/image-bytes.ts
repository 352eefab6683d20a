import { readFileSync } from "node:fs";
import { crc32 } from "node:zlib";
import { expect } from "vitest";

/** An image from test/fixtures/images (see its README.md). */
export const fixture = (name: string): Uint8Array =>
  new Uint8Array(
    readFileSync(new URL(`../../fixtures/images/${name}`, import.meta.url)),
  );

export const bytesOf = (text: string): Uint8Array =>
  Uint8Array.from(text, (c) => c.charCodeAt(0));
export const cat = (...parts: Uint8Array[]): Uint8Array =>
  new Uint8Array(Buffer.concat(parts));
export const has = (hay: Uint8Array, needle: string | Uint8Array): boolean =>
  Buffer.from(hay).includes(
    typeof needle === "string"
      ? Buffer.from(needle, "latin1")
      : Buffer.from(needle),
  );
export const splice = (bytes: Uint8Array, at: number, insert: Uint8Array) =>
  cat(bytes.subarray(0, at), insert, bytes.subarray(at));
export const u16be = (n: number) => Uint8Array.of(n >> 8, n & 0xff);
export const u32 = (n: number, le = false) => {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n, le);
  return out;
};

// ---- Independent walkers: strict parsers used only to check the output. ----

export interface Part {
  /** JPEG marker, or -1 for entropy-coded scan data; PNG/WebP chunk type. */
  id: number | string;
  bytes: Uint8Array;
}

export function walkJpeg(b: Uint8Array): Part[] {
  expect([b[0], b[1]]).toEqual([0xff, 0xd8]);
  const parts: Part[] = [];
  let pos = 2;
  for (;;) {
    expect(b[pos]).toBe(0xff);
    while (b[pos + 1] === 0xff) pos++;
    const marker = b[pos + 1] ?? -1;
    expect(marker).toBeGreaterThan(0);
    if (marker === 0xd9) break;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      parts.push({ id: marker, bytes: b.subarray(pos, pos + 2) });
      pos += 2;
      continue;
    }
    const end = pos + 2 + ((b[pos + 2] ?? 0) << 8) + (b[pos + 3] ?? 0);
    expect(end).toBeLessThanOrEqual(b.length);
    parts.push({ id: marker, bytes: b.subarray(pos, end) });
    pos = end;
    if (marker !== 0xda) continue;
    let i = pos;
    for (;;) {
      i = b.indexOf(0xff, i);
      expect(i).toBeGreaterThan(0);
      const next = b[i + 1] ?? -1;
      if (next !== 0 && (next < 0xd0 || next > 0xd7)) break;
      i += 2;
    }
    parts.push({ id: -1, bytes: b.subarray(pos, i) });
    pos = i;
  }
  expect(pos + 2).toBe(b.length); // EOI ends the file
  return parts;
}

export function walkPng(b: Uint8Array): Part[] {
  expect([...b.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const parts: Part[] = [];
  let pos = 8;
  while (pos < b.length) {
    const length = view.getUint32(pos);
    const type = Buffer.from(b.subarray(pos + 4, pos + 8)).toString("latin1");
    const crc = view.getUint32(pos + 8 + length);
    expect(crc).toBe(crc32(b.subarray(pos + 4, pos + 8 + length)));
    parts.push({ id: type, bytes: b.subarray(pos, pos + 12 + length) });
    pos += 12 + length;
  }
  expect(pos).toBe(b.length);
  expect(parts.at(0)?.id).toBe("IHDR");
  expect(parts.at(-1)?.id).toBe("IEND");
  return parts;
}

export function walkWebp(b: Uint8Array): Part[] {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  expect(Buffer.from(b.subarray(0, 4)).toString()).toBe("RIFF");
  expect(Buffer.from(b.subarray(8, 12)).toString()).toBe("WEBP");
  expect(view.getUint32(4, true)).toBe(b.length - 8);
  const parts: Part[] = [];
  let pos = 12;
  while (pos < b.length) {
    const size = view.getUint32(pos + 4, true);
    const id = Buffer.from(b.subarray(pos, pos + 4)).toString("latin1");
    parts.push({ id, bytes: b.subarray(pos, pos + 8 + size + (size % 2)) });
    pos += 8 + size + (size % 2);
  }
  expect(pos).toBe(b.length);
  return parts;
}

export const isJpegMetadata = (id: number | string) =>
  typeof id === "number" && ((id >= 0xe0 && id <= 0xef) || id === 0xfe);
/** The parts that hold pixels or decoding tables (no APPn/COM; no text, time or Exif chunks). */
export const imageParts = (parts: Part[]) =>
  parts
    .filter(({ id }) => !isJpegMetadata(id))
    .filter(
      ({ id }) =>
        !["tEXt", "zTXt", "iTXt", "tIME", "eXIf"].includes(String(id)),
    )
    .filter(({ id }) => !["EXIF", "XMP ", "VP8X"].includes(String(id)))
    .map(({ id, bytes }) => ({ id, hex: Buffer.from(bytes).toString("hex") }));
