import fc from "fast-check";

/** One way to damage a file: what a bad copy, a careless edit or an attacker would do. */
export type Mutation =
  | { kind: "flip"; at: number; bit: number }
  | { kind: "truncate"; length: number }
  | { kind: "splice"; at: number; remove: number; insert: number[] }
  | { kind: "header"; at: number; byte: number }
  | { kind: "length"; at: 10 | 14; value: number };

/** Mutations of a file of `size` bytes; header edits land in the clear header region. */
export function mutationArb(size: number): fc.Arbitrary<Mutation> {
  const at = fc.nat({ max: size - 1 });
  return fc.oneof(
    fc.record({
      kind: fc.constant("flip" as const),
      at,
      bit: fc.nat({ max: 7 }),
    }),
    fc.record({
      kind: fc.constant("truncate" as const),
      length: fc.nat({ max: size - 1 }),
    }),
    fc.record({
      kind: fc.constant("splice" as const),
      at,
      remove: fc.nat({ max: 64 }),
      insert: fc.array(fc.nat({ max: 255 }), { maxLength: 64 }),
    }),
    fc.record({
      kind: fc.constant("header" as const),
      at: fc.nat({ max: Math.min(size - 1, 600) }),
      byte: fc.constantFrom(...new TextEncoder().encode('{}[]":,0123456789-e')),
    }),
    fc.record({
      kind: fc.constant("length" as const),
      at: fc.constantFrom(10 as const, 14 as const),
      value: fc.oneof(fc.constant(0xffffffff), fc.nat()),
    }),
  );
}

export function mutate(bytes: Uint8Array, mutation: Mutation): Uint8Array {
  const copy = new Uint8Array(bytes);
  switch (mutation.kind) {
    case "flip":
      copy[mutation.at] = (copy[mutation.at] ?? 0) ^ (1 << mutation.bit);
      return copy;
    case "truncate":
      return copy.subarray(0, mutation.length);
    case "splice":
      return new Uint8Array([
        ...copy.subarray(0, mutation.at),
        ...mutation.insert,
        ...copy.subarray(mutation.at + mutation.remove),
      ]);
    case "header":
      copy[mutation.at] = mutation.byte;
      return copy;
    case "length":
      new DataView(copy.buffer).setUint32(mutation.at, mutation.value);
      return copy;
  }
}
