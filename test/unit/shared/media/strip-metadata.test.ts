import { readFileSync } from "node:fs";
import { crc32 } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MalformedImageError,
  stripImageMetadata,
  strippableImageType,
} from "../../../../shared/media/strip-metadata";

const fixture = (name: string): Uint8Array =>
  new Uint8Array(
    readFileSync(new URL(`../../../fixtures/images/${name}`, import.meta.url)),
  );

const bytesOf = (text: string): Uint8Array =>
  Uint8Array.from(text, (c) => c.charCodeAt(0));
const cat = (...parts: Uint8Array[]): Uint8Array =>
  new Uint8Array(Buffer.concat(parts));
const has = (hay: Uint8Array, needle: string | Uint8Array): boolean =>
  Buffer.from(hay).includes(
    typeof needle === "string"
      ? Buffer.from(needle, "latin1")
      : Buffer.from(needle),
  );
const splice = (bytes: Uint8Array, at: number, insert: Uint8Array) =>
  cat(bytes.subarray(0, at), insert, bytes.subarray(at));
const u16be = (n: number) => Uint8Array.of(n >> 8, n & 0xff);
const u32 = (n: number, le = false) => {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n, le);
  return out;
};

// ---- Independent walkers: strict parsers used only to check the output. ----

interface Part {
  /** JPEG marker, or -1 for entropy-coded scan data; PNG/WebP chunk type. */
  id: number | string;
  bytes: Uint8Array;
}

function walkJpeg(b: Uint8Array): Part[] {
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

function walkPng(b: Uint8Array): Part[] {
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

function walkWebp(b: Uint8Array): Part[] {
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

const isJpegMetadata = (id: number | string) =>
  typeof id === "number" && ((id >= 0xe0 && id <= 0xef) || id === 0xfe);
/** The parts that hold pixels or decoding tables (no APPn/COM; no text, time or Exif chunks). */
const imageParts = (parts: Part[]) =>
  parts
    .filter(({ id }) => !isJpegMetadata(id))
    .filter(
      ({ id }) =>
        !["tEXt", "zTXt", "iTXt", "tIME", "eXIf"].includes(String(id)),
    )
    .filter(({ id }) => !["EXIF", "XMP ", "VP8X"].includes(String(id)))
    .map(({ id, bytes }) => ({ id, hex: Buffer.from(bytes).toString("hex") }));

// ---- Fixtures (see test/fixtures/images/README.md) ----

/** Metadata that must not survive, by name; the latitude is 4° 51' as Exif RATIONALs. */
const SECRETS: Readonly<Record<string, string | Uint8Array>> = {
  exifHeader: "Exif\0\0",
  tiff: "MM\0*",
  gps: "GPS",
  latitude: Uint8Array.of(0, 0, 0, 4, 0, 0, 0, 1, 0, 0, 0, 51, 0, 0, 0, 1),
  xmpLatitude: "4,51.102N",
  xmpNamespace: "http://ns.adobe.com/xap",
  xmpMeta: "adobe:ns:meta",
  model: "FieldCam SecretModel 9000",
  make: "Canon",
  artist: "Source Name Redacted",
  creator: "Field Partner 42",
  comment: "safe house",
  captureDate: "2024:03:14",
  iptc: "Photoshop 3.0",
  iptcCity: "Juba",
};
const EXIF = ["tiff", "latitude", "model", "make"];
const XMP = ["gps", "xmpLatitude", "xmpMeta", "creator"];

const CASES = [
  {
    file: "gps-exif-xmp.jpg",
    carries: [
      ...EXIF,
      ...XMP,
      "artist",
      "exifHeader",
      "xmpNamespace",
      "comment",
      "captureDate",
      "iptc",
      "iptcCity",
    ],
    mime: "image/jpeg",
    walk: walkJpeg,
    removed: [
      "Exif (APP1)",
      "Photoshop/IPTC (APP13)",
      "XMP (APP1)",
      "comment (COM)",
    ],
    kept: [0xe0, 0xe2], // JFIF, ICC_PROFILE
  },
  {
    file: "gps-cmyk-progressive.jpg",
    carries: [
      ...EXIF,
      ...XMP,
      "artist",
      "exifHeader",
      "xmpNamespace",
      "comment",
      "captureDate",
    ],
    mime: "image/jpeg",
    walk: walkJpeg,
    removed: ["Exif (APP1)", "XMP (APP1)", "comment (COM)"],
    kept: [0xee], // Adobe
  },
  {
    file: "gps-exif-xmp.png",
    carries: [...EXIF, ...XMP, "artist", "comment", "captureDate"],
    mime: "image/png",
    walk: walkPng,
    removed: [
      "tIME chunk",
      "tEXt chunk",
      "iTXt chunk",
      "eXIf chunk",
      "zTXt chunk",
    ],
    kept: ["iCCP", "cHRM", "bKGD", "pHYs"],
  },
  {
    file: "gps-exif-xmp.webp",
    carries: [...EXIF, ...XMP, "artist", "captureDate"],
    mime: "image/webp",
    walk: walkWebp,
    removed: ["EXIF chunk", "XMP chunk"],
    kept: ["ICCP"],
  },
  {
    file: "gps-exif-lossless-alpha.webp",
    carries: EXIF,
    mime: "image/webp",
    walk: walkWebp,
    removed: ["EXIF chunk"],
    kept: [],
  },
] as const;

describe.each(CASES)("stripImageMetadata on $file", (c) => {
  const input = fixture(c.file);
  const original = input.slice();
  const { bytes, removed } = stripImageMetadata(input, c.mime);

  it("removes GPS, Exif, XMP, camera and comment bytes, naming what it removed", () => {
    const secrets = Object.entries(SECRETS);
    const carried = secrets.filter(([, needle]) => has(original, needle));
    expect(carried.map(([name]) => name).sort()).toEqual([...c.carries].sort());
    const leaked = secrets.filter(([, needle]) => has(bytes, needle));
    expect(leaked.map(([name]) => name)).toEqual([]);
    expect(removed).toEqual(c.removed);
    expect(bytes.length).toBeLessThan(input.length);
  });

  it("keeps pixel data and colour information byte-identical", () => {
    const before = c.walk(input);
    const after = c.walk(bytes);
    expect(imageParts(after)).toEqual(imageParts(before));
    for (const id of c.kept) {
      const pick = (parts: Part[]) => parts.filter((p) => p.id === id);
      expect(pick(after).length).toBeGreaterThan(0);
      expect(pick(after)).toEqual(pick(before));
    }
  });

  it("returns a structurally valid file and leaves the input untouched", () => {
    expect(() => c.walk(bytes)).not.toThrow();
    expect(input).toEqual(original);
    expect(bytes.buffer).not.toBe(input.buffer);
  });

  it("is idempotent", () => {
    const again = stripImageMetadata(bytes, c.mime);
    expect(again.bytes).toEqual(bytes);
    expect(again.removed).toEqual([]);
  });

  it("throws MalformedImageError for every truncation", () => {
    for (let length = 0; length < input.length; length++) {
      expect(
        () => stripImageMetadata(input.subarray(0, length), c.mime),
        `length ${length}`,
      ).toThrow(MalformedImageError);
    }
  });

  it("only ever throws MalformedImageError on corrupted bytes", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.nat({ max: input.length - 1 }), fc.nat({ max: 255 })),
          { minLength: 1, maxLength: 4 },
        ),
        (edits) => {
          const corrupt = input.slice();
          for (const [at, value] of edits) corrupt[at] = value;
          try {
            stripImageMetadata(corrupt, c.mime);
          } catch (error) {
            expect(error).toBeInstanceOf(MalformedImageError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("JPEG details", () => {
  const jpeg = fixture("gps-exif-xmp.jpg");
  const progressive = fixture("gps-cmyk-progressive.jpg");
  const strip = (b: Uint8Array) => stripImageMetadata(b, "image/jpeg");
  const segment = (marker: number, payload: Uint8Array) =>
    cat(Uint8Array.of(0xff, marker), u16be(payload.length + 2), payload);

  it("keeps every scan and the restart markers of a progressive file", () => {
    const parts = walkJpeg(strip(progressive).bytes);
    expect(parts.filter((p) => p.id === 0xda).length).toBeGreaterThan(1);
    const scans = parts
      .filter((p) => p.id === -1)
      .map((p) => Buffer.from(p.bytes));
    expect(scans.some((s) => s.includes(Buffer.of(0xff, 0xd0)))).toBe(true);
  });

  it("handles fill bytes and standalone markers (TEM) around segments", () => {
    const tem = Uint8Array.of(0xff, 0x01, 0xff, 0xff, 0xff);
    const padded = cat(splice(jpeg, 2, tem).subarray(0, -2), tem.subarray(2));
    const { bytes, removed } = strip(cat(padded, Uint8Array.of(0xff, 0xd9)));
    expect(removed).toEqual(strip(jpeg).removed);
    const parts = walkJpeg(bytes);
    expect(parts.map((p) => p.id).slice(0, 2)).toEqual([0x01, 0xe0]);
    expect(imageParts(parts).slice(1)).toEqual(imageParts(walkJpeg(jpeg)));
  });

  it("drops metadata between progressive scans and data after EOI", () => {
    const secondScan = walkJpeg(progressive).filter((p) => p.id === 0xda)[1];
    if (!secondScan) throw new Error("the fixture should have several scans");
    const at = secondScan.bytes.byteOffset - progressive.byteOffset;
    const exif = segment(0xe1, cat(bytesOf("Exif\0\0"), bytesOf("GPS secret")));
    // Appending a whole second JPEG mimics MPF secondary images and motion photos.
    const tampered = cat(splice(progressive, at, exif), jpeg);
    const { bytes, removed } = strip(tampered);
    expect(bytes).toEqual(strip(progressive).bytes);
    expect(removed).toContain("trailing data after EOI");
    expect(has(bytes, "GPS")).toBe(false);
  });

  it("drops a JFIF thumbnail, JFXX, extended XMP and unknown APPn", () => {
    const jfif = walkJpeg(jpeg)[0]?.bytes ?? new Uint8Array();
    const thumb = cat(jfif.subarray(4, 16), Uint8Array.of(1, 1, 9, 9, 9));
    const extra = cat(
      segment(0xe0, thumb),
      segment(0xe0, bytesOf("JFXX\0\x10thumb")),
      segment(0xe1, bytesOf("http://ns.adobe.com/xmp/extension/\0GPS")),
      segment(0xe9, bytesOf("vendor\0serial 1234")),
    );
    const { bytes, removed } = strip(splice(jpeg, 2 + jfif.length, extra));
    expect(removed).toEqual(
      expect.arrayContaining([
        "JFIF thumbnail (APP0)",
        "JFXX thumbnail (APP0)",
        "extended XMP (APP1)",
        "APP9",
      ]),
    );
    const app0 = walkJpeg(bytes).filter((p) => p.id === 0xe0);
    expect(app0.map((p) => p.bytes.length)).toEqual([18, 18]);
    expect(
      has(bytes, "serial 1234") || has(bytes, Uint8Array.of(9, 9, 9)),
    ).toBe(false);
  });

  it.each([
    ["not a JPEG", fixture("gps-exif-xmp.png"), /Not a JPEG/],
    ["empty", new Uint8Array(), /Not a JPEG/],
    [
      "segment length < 2",
      splice(jpeg, 2, Uint8Array.of(0xff, 0xe1, 0, 1)),
      /has length 1/,
    ],
    [
      "garbage between segments",
      splice(jpeg, 2, Uint8Array.of(0x12)),
      /expected a marker at offset 2/,
    ],
    [
      "second SOI",
      splice(jpeg, 2, Uint8Array.of(0xff, 0xd8)),
      /unexpected marker 0xD8/,
    ],
    ["EOI before SOS", Uint8Array.of(0xff, 0xd8, 0xff, 0xd9), /EOI before SOS/],
    ["no EOI", jpeg.subarray(0, -2), /truncated: scan data/],
    [
      "cut inside APP1",
      jpeg.subarray(0, 40),
      /truncated: APP1 segment at offset 20/,
    ],
  ])("throws a clear error: %s", (_name, bytes, message) => {
    expect(() => strip(bytes)).toThrow(message);
  });
});

describe("PNG details", () => {
  const png = fixture("gps-exif-xmp.png");
  const strip = (b: Uint8Array) => stripImageMetadata(b, "image/png");
  const chunk = (type: string, data: Uint8Array) => {
    const body = cat(bytesOf(type), data);
    return cat(u32(data.length), body, u32(crc32(body)));
  };
  const afterIhdr = 8 + 25;

  it("drops unknown ancillary chunks and data after IEND, keeps tRNS", () => {
    const extra = cat(
      chunk("caBX", bytesOf("c2pa owner")),
      chunk("tRNS", Uint8Array.of(0, 0, 0, 0, 0, 0)),
    );
    const { bytes, removed } = strip(
      cat(splice(png, afterIhdr, extra), bytesOf("GPS trailer")),
    );
    expect(removed).toEqual(
      expect.arrayContaining(["caBX chunk", "trailing data after IEND"]),
    );
    expect(walkPng(bytes).map((p) => p.id)).toContain("tRNS");
    expect(has(bytes, "c2pa") || has(bytes, "GPS")).toBe(false);
  });

  it.each([
    ["bad signature", cat(bytesOf("PNG!"), png.subarray(4)), /Not a PNG/],
    ["JPEG bytes", fixture("gps-exif-xmp.jpg"), /Not a PNG/],
    [
      "first chunk not IHDR",
      splice(png, 8, chunk("gAMA", u32(45455))),
      /first chunk is gAMA/,
    ],
    [
      "invalid chunk type",
      splice(png, afterIhdr, chunk("t3Xt", bytesOf("x"))),
      /invalid chunk type "t3Xt"/,
    ],
    [
      "huge length",
      splice(png, afterIhdr, cat(u32(0x80000000), bytesOf("tEXt"))),
      /declares length 2147483648/,
    ],
    [
      "no IDAT",
      cat(png.subarray(0, afterIhdr), chunk("IEND", new Uint8Array())),
      /no IDAT/,
    ],
    [
      "CRC cut off",
      png.subarray(0, -2),
      /truncated: IEND chunk \(data and CRC\)/,
    ],
  ])("throws a clear error: %s", (_name, bytes, message) => {
    expect(() => strip(bytes)).toThrow(message);
  });
});

describe("WebP details", () => {
  const webp = fixture("gps-exif-xmp.webp");
  const strip = (b: Uint8Array) => stripImageMetadata(b, "image/webp");
  const chunk = (fourcc: string, data: Uint8Array) =>
    cat(
      bytesOf(fourcc),
      u32(data.length, true),
      data,
      data.length % 2 ? Uint8Array.of(0) : new Uint8Array(),
    );
  const riff = (...chunks: Uint8Array[]) => {
    const body = cat(bytesOf("WEBP"), ...chunks);
    return cat(bytesOf("RIFF"), u32(body.length, true), body);
  };
  const chunks = walkWebp(webp).map((p) => p.bytes);

  it("clears the EXIF and XMP flags of VP8X and keeps the ICC flag", () => {
    expect(webp[20]).toBe(0x2c);
    expect(strip(webp).bytes[20]).toBe(0x20);
  });

  it("handles odd-sized (padded) chunks and fixes the RIFF size", () => {
    const input = cat(
      riff(
        ...chunks,
        chunk("EXIF", bytesOf("GPS")),
        chunk("abcd", bytesOf("odd")),
        chunk("XMP ", bytesOf("x")),
      ),
      bytesOf("tail"),
    );
    const { bytes, removed } = strip(input);
    expect(removed).toEqual([
      "EXIF chunk",
      "XMP chunk",
      "abcd chunk",
      "trailing data after RIFF",
    ]);
    expect(walkWebp(bytes).map((p) => p.id)).toEqual(["VP8X", "ICCP", "VP8 "]);
  });

  it.each([
    ["not RIFF", fixture("gps-exif-xmp.png"), /Not a WebP/],
    [
      "RIFF but not WEBP",
      cat(bytesOf("RIFF"), u32(4, true), bytesOf("WAVE")),
      /Not a WebP/,
    ],
    [
      "odd RIFF size",
      cat(bytesOf("RIFF"), u32(5, true), bytesOf("WEBPx")),
      /RIFF size 5/,
    ],
    [
      "RIFF size beyond the file",
      cat(webp.subarray(0, 4), u32(webp.length, true), webp.subarray(8)),
      /truncated: RIFF payload/,
    ],
    ["no chunks", riff(), /no chunks/],
    [
      "first chunk not VP8*",
      riff(chunk("ICCP", new Uint8Array(4)), ...chunks.slice(2)),
      /first chunk is "ICCP"/,
    ],
    [
      "chunk overruns RIFF",
      riff(chunk("VP8 ", new Uint8Array(4)).subarray(0, 10)),
      /truncated: VP8 {2}chunk/,
    ],
    [
      "short VP8X",
      riff(chunk("VP8X", new Uint8Array(4))),
      /VP8X chunk has 4 bytes/,
    ],
    [
      "invalid chunk name",
      riff(chunk("VP8\x01", new Uint8Array(2))),
      /invalid chunk name/,
    ],
  ])("throws a clear error: %s", (_name, bytes, message) => {
    expect(() => strip(bytes)).toThrow(message);
  });
});

describe("media types", () => {
  const jpeg = fixture("gps-exif-xmp.jpg");

  it.each(["image/gif", "image/heic", "application/pdf", "text/plain", ""])(
    "returns %j unchanged (as a copy) with nothing removed",
    (mime) => {
      const { bytes, removed } = stripImageMetadata(jpeg, mime);
      expect(bytes).toEqual(jpeg);
      expect(bytes).not.toBe(jpeg);
      expect(removed).toEqual([]);
    },
  );

  it("accepts aliases, any case and parameters", () => {
    for (const mime of [
      "image/jpg",
      "IMAGE/JPEG",
      "image/pjpeg; q=1",
      " image/jpeg ",
    ]) {
      expect(strippableImageType(mime)).toBe("image/jpeg");
      expect(has(stripImageMetadata(jpeg, mime).bytes, "GPS")).toBe(false);
    }
    expect(strippableImageType("image/x-png")).toBe("image/png");
    expect(strippableImageType("image/tiff")).toBeUndefined();
  });
});
