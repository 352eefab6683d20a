import { describe, expect, it } from "vitest";
import { stripImageMetadata } from "../../../../shared/media/strip-metadata";
import {
  bytesOf,
  cat,
  fixture,
  has,
  imageParts,
  splice,
  u16be,
  walkJpeg,
} from "../../../support/media/image-bytes";

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
