import { describe, expect, it } from "vitest";
import { stripImageMetadata } from "../../../../shared/media/strip-metadata";
import {
  bytesOf,
  cat,
  fixture,
  u32,
  walkWebp,
} from "../../../support/media/image-bytes";

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
