import type { ObservationValues } from "../../shared/domain/observation";

/** Rows of the local database. Tables marked local-only are never read by the bundle encoder. */

export interface MetaRow {
  key: string;
  value: string;
}

/**
 * Consecutive ops of one device and stream, written together (src-renderer/db/op-packs.ts),
 * as the op lines of a bundle payload (docs/bundle-format.md): compact text, which IndexedDB
 * copies far faster than a tree of objects.
 */
export interface OpPackRow {
  deviceId: string;
  stream: string;
  firstSeq: number;
  lastSeq: number;
  ops: string;
}

/**
 * The merge state (shared/sync/merge.ts) of an editable entity, kept so new ops apply
 * incrementally, as JSON text of its stored form (shared/sync/stored-state.ts): IndexedDB
 * copies a string far faster than a tree of objects. Append-only entries keep theirs in
 * their own row (`ResponseLogRow`, `AttachmentRow`).
 */
export interface EntityStateRow {
  key: string;
  state: string;
}

/** The current observation, materialised from its ops. */
export type ObservationRow = ObservationValues & {
  id: string;
  conflicts: string[];
  createdHlc: string;
  updatedHlc: string;
};

/**
 * What lists, filters and counts need, small enough to hold 100,000 of in memory. Stored in
 * packs with the search texts (src-renderer/db/index-packs.ts).
 */
export interface ObservationSummaryRow {
  id: string;
  observedAt: string;
  country: string;
  category: string;
  indicators: string[];
  severity: number;
  trend: string;
  status: string;
  sensitivity: string;
  title: string;
  updatedHlc: string;
  hasConflict: boolean;
}

/** An append-only entry with its merge state, as JSON text (see `EntityStateRow`). */
interface EntryRow {
  id: string;
  observationId: string;
  state: string;
}

export interface ResponseLogRow extends EntryRow {
  at: string;
  action: string;
  actorType: string;
  deviceId: string;
}

export interface AttachmentRow extends EntryRow {
  sha256: string;
  type: string;
  size: number;
  name: string;
}

/** Local-only: attachment bytes by sha256 (they travel in blob bundles, not in ops). */
export interface BlobRow {
  sha256: string;
  type: string;
  blob: Blob;
}

/** Local-only: a received attachment part, kept until all parts of its attachment are here. */
export interface BlobPartRow {
  sha256: string;
  index: number;
  count: number;
  bytes: Uint8Array;
}

/** An op a bundle carried that `mayApply` refused: not applied, and not missing either. */
export interface RefusedOpRow {
  deviceId: string;
  stream: string;
  seq: number;
  reason: string;
}

/** Local-only: the form as typed, autosaved; never synced, no seq. */
export interface DraftRow {
  id: string;
  observationId: string | null;
  values: Record<string, unknown>;
  updatedAt: string;
}

/** Local-only: who told the partner, and how to reach them; never in an op. */
export interface SourceRow {
  observationId: string;
  name: string;
  contact: string;
  notes: string;
}

/** The last seq this device used per stream, so seqs never repeat or skip. */
export interface StreamRow {
  stream: string;
  lastSeq: number;
}
