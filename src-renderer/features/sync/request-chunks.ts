import { OPS_PER_BUNDLE } from "../../../shared/bundle/header";
import type { Op } from "../../../shared/sync/op";

/** What one request to main may carry: well under the browser shell bridge's 4 MiB. */
export const REQUEST_BYTES = 1024 * 1024;

/**
 * Cuts a stream's ops into runs that each fit one request (and one bundle), in seq order, so a
 * long backlog of large observations never meets the bridge's body limit.
 */
export function requestChunks(ops: readonly Op[]): Op[][] {
  const chunks: Op[][] = [];
  let current: Op[] = [];
  let bytes = 0;
  for (const op of ops) {
    const size = JSON.stringify(op).length;
    if (
      current.length > 0 &&
      (bytes + size > REQUEST_BYTES || current.length >= OPS_PER_BUNDLE)
    ) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
