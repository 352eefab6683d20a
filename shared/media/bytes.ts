/** Byte helpers shared by the per-format metadata strippers. Pure TypeScript. */

/** A copy of the image without its metadata, and what was removed (human-readable, in file order, no repeats). */
export interface StripResult {
  bytes: Uint8Array;
  removed: string[];
}

/** Thrown when bytes claimed to be an image of some type are not a well-formed file of that type. */
export class MalformedImageError extends Error {
  override readonly name = "MalformedImageError";
}

/** Big- and little-endian reads over a byte array; callers check bounds first with {@link need}. */
export interface ByteReader {
  readonly length: number;
  u8(offset: number): number;
  u16be(offset: number): number;
  u32be(offset: number): number;
  u32le(offset: number): number;
  /** `length` bytes from `offset` as Latin-1 text (for chunk types and identifiers). */
  ascii(offset: number, length: number): string;
  /** Throws "<format> is truncated: …" unless `length` bytes exist at `offset`. */
  need(offset: number, length: number, what: string): void;
}

export function reader(bytes: Uint8Array, format: string): ByteReader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    length: bytes.length,
    u8: (offset) => view.getUint8(offset),
    u16be: (offset) => view.getUint16(offset, false),
    u32be: (offset) => view.getUint32(offset, false),
    u32le: (offset) => view.getUint32(offset, true),
    ascii: (offset, length) =>
      String.fromCharCode(...bytes.subarray(offset, offset + length)),
    need(offset, length, what) {
      if (offset + length > bytes.length) {
        const left = Math.max(0, bytes.length - offset);
        throw new MalformedImageError(
          `${format} is truncated: ${what} at offset ${offset} needs ${length} bytes but only ${left} remain`,
        );
      }
    },
  };
}

/** One fresh array holding `parts` back to back. */
export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export function hex(value: number, digits = 2): string {
  return `0x${value.toString(16).toUpperCase().padStart(digits, "0")}`;
}
