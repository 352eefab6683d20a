import {
  openBundle,
  sealBlobs,
  sealOps,
  verifyBundle,
  type OpenedBundle,
  type SealRequest,
  type SealTools,
} from "../../shared/bundle/bundle";
import { DeskFailure } from "../../shared/errors";
import { authorEntry, streamReaders } from "../../shared/identity/roster";
import type { AuthorEntry } from "../../shared/sync/may-apply";
import type { Op, Stream } from "../../shared/sync/op";
import type { DeviceKeys } from "../keys/device-keys";
import { readReceipt, signReceipt } from "../../shared/bundle/receipt";
import {
  OPS_PER_BUNDLE,
  type BlobPart,
  type BundleHeader,
} from "../../shared/bundle/header";
import type { Fork, Ledger, SealedRange, SyncStore } from "./sync-store";

type OpenedForImport = OpenedBundle & { author: AuthorEntry };

/**
 * Sealing and opening bundles for this install (docs/bundle-format.md, ARCHITECTURE section 3),
 * with the keys in main: recipients and trusted senders come only from the roster; a range is
 * sealed once and resent as the same bytes; the same range with other content is a fork.
 */
export class BundleService {
  constructor(
    private readonly keys: DeviceKeys,
    private readonly store: SyncStore,
    /** The hub decryption identity, on hub staff installs only. */
    private readonly hubIdentity: () => string | null = () => null,
  ) {}

  /** The seq a new export of each stream starts at: right after this id's last sealed one. */
  nextSeqs(
    ledger: Ledger = this.store.ledger(),
    self = this.keys.public()?.deviceId,
  ): Record<string, number> {
    const next: Record<string, number> = {};
    for (const range of ledger.sealed)
      if ((range.deviceId ?? self) === self && !range.superseded)
        next[range.stream] = Math.max(
          next[range.stream] ?? 1,
          range.seqLast + 1,
        );
    return next;
  }

  nextSeq(stream: string): number {
    return this.nextSeqs()[stream] ?? 1;
  }

  /**
   * Seals new ops of one stream for the hub and the stream's readers, in bundles of at most
   * `OPS_PER_BUNDLE` ops (a few hundred KiB each), and keeps their bytes.
   */
  async seal(
    stream: Stream,
    ops: readonly Op[],
    now: Date,
  ): Promise<SealedRange[]> {
    const sealed: SealedRange[] = [];
    for (let start = 0; start < ops.length; start += OPS_PER_BUNDLE)
      sealed.push(
        await this.#sealOne(
          stream,
          ops.slice(start, start + OPS_PER_BUNDLE),
          now,
        ),
      );
    return sealed;
  }

  async #sealOne(
    stream: Stream,
    ops: readonly Op[],
    now: Date,
  ): Promise<SealedRange> {
    const fork = this.store.ledger().fork;
    if (fork)
      throw new DeskFailure(
        "SEQ_FORK",
        `The hub holds other content for seq ${fork.seq} of ${fork.stream} from this device: move it to a new device id before exporting.`,
      );
    const first = ops[0]?.seq;
    if (first !== this.nextSeq(stream))
      throw new DeskFailure(
        "INVALID_ARGUMENT",
        `A new export of ${stream} starts at seq ${this.nextSeq(stream)}, not ${String(first)}.`,
      );
    const bytes = await sealOps(ops, ...this.#sealingFor(stream, now));
    const { header, deviceId } = verifyBundle(bytes);
    const range: SealedRange = {
      deviceId,
      stream,
      seqFirst: header.seqFirst,
      seqLast: header.seqLast,
      bodySha256: header.bodySha256,
      file: this.store.keepSealed(
        deviceId,
        stream,
        header.seqFirst,
        header.seqLast,
        bytes,
      ),
      receipted: false,
      sealedAt: now.toISOString(),
    };
    const ledger = this.store.ledger();
    this.store.saveLedger({ ...ledger, sealed: [...ledger.sealed, range] });
    return range;
  }

  /**
   * Seals attachment parts (content-addressed, seq-less) for the hub and the stream's readers.
   * They are not kept: each export seals them again while the ops naming them await a receipt.
   */
  sealBlobs(
    stream: Stream,
    parts: readonly { part: BlobPart; bytes: Uint8Array }[],
    now: Date,
  ): Promise<Uint8Array> {
    return sealBlobs(parts, ...this.#sealingFor(stream, now));
  }

  /**
   * Who a bundle of `stream` is sealed for: the trusted hub and the roster's readers of the
   * stream (by id in the header, by age recipient in the body; the recovery key is added by the
   * keys). Returns the request and the tools that `sealOps` and `sealBlobs` take.
   */
  #sealingFor(stream: Stream, now: Date): [SealRequest, SealTools] {
    const hub = this.store.hubCard();
    if (hub === null)
      throw new DeskFailure(
        "UNAVAILABLE",
        "Confirm the hub card before exporting.",
      );
    const roster = this.store.roster();
    const readers = roster ? streamReaders(roster, stream) : [];
    return [
      {
        stream,
        recipients: ["hub", ...readers.map((reader) => reader.card.deviceId)],
        createdAt: now,
      },
      this.keys.sealTools([
        hub.recipient,
        ...readers.map((reader) => reader.card.recipient),
      ]),
    ];
  }

  /** Every sealed range no receipt covers yet, with its bytes exactly as first sealed. */
  pending(): { range: SealedRange; bytes: Uint8Array }[] {
    return this.pendingRanges().map((range) => ({
      range,
      bytes: this.store.readSealed(range.file),
    }));
  }

  /** The sealed ranges still to send: no receipt covers them, no fork superseded them. */
  pendingRanges(ledger: Ledger = this.store.ledger()): SealedRange[] {
    return ledger.sealed.filter(
      (range) => !range.receipted && !range.superseded,
    );
  }

  /**
   * Opens a bundle for import: a sender the roster knows and has not revoked for these seqs,
   * addressed to this install, not a fork of a range received before. Nothing is applied here.
   */
  async open(bytes: Uint8Array): Promise<OpenedForImport> {
    const verified = verifyBundle(bytes);
    const { header, deviceId } = verified;
    const roster = this.store.roster();
    const author = roster ? authorEntry(roster, deviceId) : undefined;
    if (!author)
      throw new DeskFailure(
        "BUNDLE_UNKNOWN_SENDER",
        `Device ${deviceId} is not in this install's roster.`,
      );
    const cutoff = author.lastAcceptedSeq?.[header.stream];
    if (author.lastAcceptedSeq && header.seqFirst > (cutoff ?? 0))
      throw new DeskFailure(
        "BUNDLE_REVOKED_SENDER",
        `Device ${deviceId} was revoked.`,
      );
    const hubIdentity = this.hubIdentity();
    const self = this.keys.public();
    const addressed =
      (self !== null && header.recipients.includes(self.deviceId)) ||
      (hubIdentity !== null && header.recipients.includes("hub")) ||
      // This install's own earlier bundles, sealed to its recovery key (a restored backup).
      (self?.previousDeviceIds.includes(deviceId) ?? false);
    if (!addressed)
      throw new DeskFailure(
        "BUNDLE_NOT_FOR_THIS_DEVICE",
        `Addressed to ${header.recipients.join(", ")}.`,
      );
    const ledger = this.store.ledger();
    const overlapping = ledger.received.filter(
      (range) =>
        range.deviceId === deviceId &&
        range.stream === header.stream &&
        header.kind === "ops" &&
        range.seqFirst <= header.seqLast &&
        header.seqFirst <= range.seqLast,
    );
    if (overlapping.some((range) => range.bodySha256 !== header.bodySha256))
      throw new DeskFailure(
        "SEQ_FORK",
        `Seqs ${header.seqFirst}–${header.seqLast} of ${header.stream} from ${deviceId} arrived before with other content.`,
      );
    const opened = await openBundle(
      bytes,
      this.keys.openTools(hubIdentity ? [hubIdentity] : []),
    );
    if (header.kind === "ops" && overlapping.length === 0)
      this.store.saveLedger({
        ...ledger,
        received: [
          ...ledger.received,
          {
            deviceId,
            stream: header.stream,
            seqFirst: header.seqFirst,
            seqLast: header.seqLast,
            bodySha256: header.bodySha256,
          },
        ],
      });
    return { ...opened, author };
  }

  /**
   * Signs, as this hub staff device, a receipt for bundles it imported from one device and
   * stream (ARCHITECTURE section 3: only after the hub service stored them, once it exists).
   */
  issueReceipt(
    deviceId: string,
    headers: readonly Pick<
      BundleHeader,
      "stream" | "seqFirst" | "seqLast" | "bodySha256"
    >[],
    now: Date,
  ): string {
    const [first] = headers;
    if (!first || headers.some((header) => header.stream !== first.stream))
      throw new DeskFailure(
        "INVALID_ARGUMENT",
        "A receipt covers bundles of one stream.",
      );
    return signReceipt(
      {
        kind: "prevention-desk/receipt",
        version: 1,
        issuedAt: now.toISOString(),
        deviceId,
        stream: first.stream,
        ranges: headers.map(({ seqFirst, seqLast, bodySha256 }) => ({
          seqFirst,
          seqLast,
          bodySha256,
        })),
      },
      this.keys.signer(),
    );
  }

  /**
   * Marks acknowledged exactly the sealed ranges a hub receipt lists with the same hash; with
   * `purge`, deletes their kept bytes too. A receipt for this device's current id that lists
   * other content for its seqs (the same seqs with another hash, or seqs it never sealed) is
   * a fork: the ledger records it, the ranges from that seq on are never sent again, and
   * exports stop until the install moves to a new device id (`SyncService.relink`).
   */
  acceptReceipt(
    text: string,
    purge: boolean,
    now: Date,
  ): { acknowledged: number; fork: Fork | null } {
    const roster = this.store.roster();
    if (roster === null)
      throw new DeskFailure(
        "BUNDLE_UNKNOWN_SENDER",
        "Import the roster before a receipt.",
      );
    const receipt = readReceipt(text, roster);
    const self = this.keys.public();
    if (
      self === null ||
      ![self.deviceId, ...self.previousDeviceIds].includes(receipt.deviceId)
    )
      throw new DeskFailure(
        "BUNDLE_NOT_FOR_THIS_DEVICE",
        "This receipt is for another device.",
      );
    const ledger = this.store.ledger();
    const ours = ledger.sealed.filter(
      (range) =>
        (range.deviceId ?? self.deviceId) === receipt.deviceId &&
        range.stream === receipt.stream &&
        !range.superseded,
    );
    const forkSeq =
      receipt.deviceId === self.deviceId && ledger.fork === undefined
        ? divergence(
            ours,
            receipt.ranges,
            this.nextSeqs(ledger)[receipt.stream] ?? 1,
          )
        : null;
    const acknowledged: SealedRange[] = [];
    const sealed = ledger.sealed.map((range) => {
      if (!ours.includes(range)) return range;
      if (forkSeq !== null && range.seqFirst >= forkSeq)
        return { ...range, superseded: true };
      const covered = receipt.ranges.some((listed) => sameRange(listed, range));
      if (!covered || range.receipted) return range;
      acknowledged.push(range);
      return { ...range, receipted: true };
    });
    const fork =
      forkSeq === null
        ? null
        : {
            deviceId: self.deviceId,
            stream: receipt.stream,
            seq: forkSeq,
            detectedAt: now.toISOString(),
          };
    this.store.saveLedger({
      ...ledger,
      sealed,
      ...(fork === null ? {} : { fork }),
    });
    // Only once the ledger no longer offers them: a crash in between leaves a file too many,
    // never a pending range without its bytes.
    if (purge)
      for (const range of acknowledged) this.store.removeSealed(range.file);
    return { acknowledged: acknowledged.length, fork };
  }
}

type ListedRange = Pick<SealedRange, "seqFirst" | "seqLast" | "bodySha256">;

const sameRange = (a: ListedRange, b: ListedRange) =>
  a.seqFirst === b.seqFirst &&
  a.seqLast === b.seqLast &&
  a.bodySha256 === b.bodySha256;

/**
 * The first seq from which the hub holds other content than this device sealed, or null. Sealed
 * ranges run from seq 1 without gaps, so a listed range that matches none of them either
 * overlaps one (the same seqs, other bytes: the fork starts at that range) or lies at or past
 * `next` (seqs this device never sealed: it starts at `next`).
 */
function divergence(
  sealed: readonly ListedRange[],
  listed: readonly ListedRange[],
  next: number,
): number | null {
  let fork: number | null = null;
  for (const range of listed) {
    if (sealed.some((own) => sameRange(own, range))) continue;
    const overlapping = sealed.filter(
      (own) => own.seqFirst <= range.seqLast && range.seqFirst <= own.seqLast,
    );
    const at =
      overlapping.length > 0
        ? Math.min(...overlapping.map((own) => own.seqFirst))
        : next;
    fork = Math.min(fork ?? at, at);
  }
  return fork;
}
