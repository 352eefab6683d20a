import { describe, expect, it } from "vitest";
import { OPS_PER_BUNDLE } from "../../../../../shared/bundle/header";
import type { Op } from "../../../../../shared/sync/op";
import {
  REQUEST_BYTES,
  requestChunks,
} from "../../../../../src-renderer/features/sync/request-chunks";

const op = (seq: number, description: string): Op => ({
  kind: "set",
  deviceId: "pd-field",
  stream: "country:ML",
  seq,
  hlc: "1763892000000:000000",
  entity: "observation",
  entityId: `obs-${seq}`,
  set: { description: { value: description, prev: [] } },
});

describe("export requests", () => {
  it("stay under the request size however long the observations are, in seq order", () => {
    const ops = Array.from({ length: 400 }, (_, index) =>
      op(index + 1, "x".repeat(10_000)),
    );
    const chunks = requestChunks(ops);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks)
      expect(JSON.stringify(chunk).length).toBeLessThanOrEqual(
        REQUEST_BYTES + 1000,
      );
    expect(chunks.flat().map((each) => each.seq)).toEqual(
      ops.map((each) => each.seq),
    );
  });
  it("never hold more ops than one bundle", () => {
    const ops = Array.from({ length: OPS_PER_BUNDLE + 10 }, (_, index) =>
      op(index + 1, ""),
    );
    expect(requestChunks(ops).map((chunk) => chunk.length)).toEqual([
      OPS_PER_BUNDLE,
      10,
    ]);
  });
});
