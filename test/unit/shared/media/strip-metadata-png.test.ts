import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { stripImageMetadata } from "../../../../shared/media/strip-metadata";
import {
  bytesOf,
  cat,
  fixture,
  has,
  splice,
  u32,
  walkPng,
} from "../../../support/media/image-bytes";

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
