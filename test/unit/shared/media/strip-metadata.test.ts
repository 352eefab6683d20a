import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MalformedImageError,
  stripImageMetadata,
  strippableImageType,
} from "../../../../shared/media/strip-metadata";
import {
  fixture,
  has,
  imageParts,
  type Part,
} from "../../../support/media/image-bytes";
import { CASES, SECRETS } from "../../../support/media/image-fixtures";

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
