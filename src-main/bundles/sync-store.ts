import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { z } from "zod";
import { DeskFailure } from "../../shared/errors";
import { readHubCard, type HubCard } from "../../shared/identity/cards";
import { readRoster, type Roster } from "../../shared/identity/roster";

/** A seq range this device sealed, kept until a receipt covers it (seal once, resend the same bytes). */
const sealedRangeSchema = z.object({
  stream: z.string(),
  seqFirst: z.number().int(),
  seqLast: z.number().int(),
  bodySha256: z.string(),
  file: z.string(),
  receipted: z.boolean(),
  sealedAt: z.iso.datetime().optional(),
  /** The id that sealed it; absent in ledgers written before an install could change ids. */
  deviceId: z.string().optional(),
  /** Sealed after the point where this device's seqs forked from the hub's: never sent again. */
  superseded: z.boolean().optional(),
  /** When the hub service answered that it stored these bytes (not a receipt: see section 3). */
  storedAt: z.iso.datetime().optional(),
});
export type SealedRange = z.infer<typeof sealedRangeSchema>;

/** A range received from another device, to recognise the same seqs with other content. */
const receivedRangeSchema = z.object({
  deviceId: z.string(),
  stream: z.string(),
  seqFirst: z.number().int(),
  seqLast: z.number().int(),
  bodySha256: z.string(),
});
export type ReceivedRange = z.infer<typeof receivedRangeSchema>;

/** A receipt showed the hub holds other content for this device's seqs from `seq` on. */
const forkSchema = z.object({
  deviceId: z.string(),
  stream: z.string(),
  seq: z.number().int().positive(),
  detectedAt: z.iso.datetime(),
});
export type Fork = z.infer<typeof forkSchema>;

/** After a fork the install moved to id `to`; its ops of `from` from these seqs on move with it. */
const relinkSchema = z.object({
  from: z.string(),
  to: z.string(),
  reissueFrom: z.record(z.string(), z.number().int().positive()),
});
export type Relink = z.infer<typeof relinkSchema>;

const ledgerSchema = z.object({
  sealed: z.array(sealedRangeSchema),
  received: z.array(receivedRangeSchema),
  fork: forkSchema.optional(),
  relink: relinkSchema.optional(),
});
export type Ledger = z.infer<typeof ledgerSchema>;

/**
 * What this install keeps about sync, in `<data>/sync` (0700, files 0600): the hub card a
 * person confirmed, the latest roster, the sealed ranges with their bytes, and the ledger of
 * ranges received. Writes go to a temporary file first, so a crash never leaves half a file.
 */
export class SyncStore {
  /** Nothing is created until something is written. */
  constructor(private readonly dir: string) {}

  hubCard(): HubCard | null {
    const text = this.#read("hub-card.json");
    return text === null ? null : readHubCard(JSON.parse(text));
  }

  /** Trusts a hub card; call only after a person confirmed its fingerprint. */
  trustHub(card: HubCard): void {
    this.#write("hub-card.json", JSON.stringify(readHubCard(card), null, 2));
  }

  roster(): Roster | null {
    const text = this.#read("roster.json");
    const hub = this.hubCard();
    return text === null || hub === null ? null : readRoster(text, hub);
  }

  /** Accepts a roster file signed for the trusted hub and newer than the one held. */
  acceptRoster(text: string): Roster {
    const hub = this.hubCard();
    if (hub === null)
      throw new DeskFailure(
        "ROSTER_UNTRUSTED",
        "Confirm the hub card before importing a roster.",
      );
    const roster = readRoster(text, hub, this.roster()?.rosterVersion ?? 0);
    this.#write("roster.json", text);
    return roster;
  }

  ledger(): Ledger {
    const text = this.#read("ledger.json");
    return text === null
      ? { sealed: [], received: [] }
      : ledgerSchema.parse(JSON.parse(text));
  }

  saveLedger(ledger: Ledger): void {
    this.#write("ledger.json", JSON.stringify(ledger));
  }

  /** Keeps a sealed bundle's bytes, named by its sender and range, and returns the file name. */
  keepSealed(
    deviceId: string,
    stream: string,
    seqFirst: number,
    seqLast: number,
    bytes: Uint8Array,
  ): string {
    const file = join(
      "sealed",
      `${deviceId}-${stream.replace(":", "-")}-${seqFirst}-${seqLast}.pdbundle`,
    );
    this.#write(file, bytes);
    return file;
  }

  removeSealed(file: string): void {
    rmSync(join(this.dir, file), { force: true });
  }

  readSealed(file: string): Uint8Array {
    return new Uint8Array(readFileSync(join(this.dir, file)));
  }

  /** A JSON file of this folder through its schema, or `fallback` when there is none yet. */
  readJson<T>(name: string, schema: z.ZodType<T>, fallback: T): T {
    const text = this.#read(name);
    return text === null ? fallback : schema.parse(JSON.parse(text));
  }

  writeJson(name: string, value: unknown): void {
    this.#write(name, JSON.stringify(value));
  }

  /** Files kept in a subfolder (such as bundles pulled from the hub, awaiting import). */
  keepFile(folder: string, name: string, bytes: Uint8Array): void {
    this.#write(join(folder, name), bytes);
  }

  listFiles(folder: string): string[] {
    const path = join(this.dir, folder);
    return existsSync(path)
      ? readdirSync(path).filter((name) => !name.endsWith(".tmp"))
      : [];
  }

  readKept(folder: string, name: string): Uint8Array {
    return this.readSealed(join(folder, name));
  }

  removeKept(folder: string, name: string): void {
    this.removeSealed(join(folder, name));
  }

  #read(name: string): string | null {
    const path = join(this.dir, name);
    return existsSync(path) ? readFileSync(path, "utf8") : null;
  }

  #write(name: string, content: string | Uint8Array): void {
    const path = join(this.dir, name);
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    chmodSync(this.dir, 0o700);
    writeFileSync(`${path}.tmp`, content, { mode: 0o600 });
    renameSync(`${path}.tmp`, path);
  }
}
