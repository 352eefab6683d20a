import { join } from "node:path";
import { Decrypter } from "age-encryption";
import type { BundleHeader } from "../../shared/bundle/header";
import { DeskFailure } from "../../shared/errors";
import { readHubCard, sameFingerprint } from "../../shared/identity/cards";
import type {
  BlobPartFile,
  DeskFile,
  SyncStatus,
} from "../../shared/sync-contract";
import type { Op, Stream } from "../../shared/sync/op";
import { BundleService } from "../bundles/bundle-service";
import { RosterAdmin } from "../bundles/roster-admin";
import type { CountryCode } from "../../shared/domain/countries";
import type { Role } from "../../shared/domain/roles";
import { SyncStore } from "../bundles/sync-store";
import { syncStatusOf } from "./sync-status";
import { fromFile, toFile } from "./desk-file";
import { readBackup, restoreFromBackup, writeBackup } from "../keys/backup";
import { DeviceKeys } from "../keys/device-keys";
import {
  passphraseProtector,
  safeStorageProtector,
  type SafeStorageLike,
  type SecretProtector,
} from "../keys/protector";

/**
 * The Sync screen's services in main (ARCHITECTURE section 4): this install's keys, the hub it
 * trusts, its roster, and bundles sealed and opened here. Keys never leave this process; the
 * renderer gets public cards, sealed files and opened ops.
 */
export class SyncService {
  readonly keys: DeviceKeys;
  readonly store: SyncStore;
  readonly bundles: BundleService;
  readonly admin: RosterAdmin;
  /** Kept after unlocking, to re-seal the secrets when the hub identity is added. */
  #protector: SecretProtector | null = null;

  constructor(
    dataDir: string,
    private readonly safeStorage: SafeStorageLike | null,
    private readonly now: () => Date = () => new Date(),
    /** age's scrypt work factor for passphrases; tests pass a small one. */
    private readonly scryptLogN?: number,
    /** The setting "delete kept copies once a receipt covers them". */
    private readonly purgeAfterReceipt: () => boolean = () => false,
  ) {
    this.keys = new DeviceKeys(join(dataDir, "keys"));
    this.store = new SyncStore(join(dataDir, "sync"));
    this.admin = new RosterAdmin(this.keys, this.store);
    this.bundles = new BundleService(this.keys, this.store, () =>
      this.keys.hubIdentity(),
    );
  }

  async status(): Promise<SyncStatus> {
    const publicKeys = this.keys.public();
    const keychain = safeStorageProtector(this.safeStorage);
    if (
      publicKeys?.protector === "safeStorage" &&
      !this.keys.unlocked &&
      keychain
    ) {
      await this.keys.unlock(keychain);
      this.#protector = keychain;
    }
    return syncStatusOf(this.keys, this.store, this.bundles, keychain !== null);
  }

  /** Creates this install's keys: the keychain where it is real, else the passphrase. */
  async createKeys(passphrase: string | null, backupPassphrase: string) {
    return this.#withNewKeys(
      this.#protectorFor(passphrase),
      backupPassphrase,
      (protector) => this.keys.create(protector, this.now()),
    );
  }

  /**
   * Restores a backup on this (new) install: new keys and a new device id linked to the old
   * one, the old identities kept to read the old bundles. Returns a new backup (new recovery key).
   */
  async restore(
    file: DeskFile,
    backupPassphrase: string,
    passphrase: string | null,
    newBackupPassphrase: string,
  ) {
    const backup = await readBackup(fromFile(file), backupPassphrase);
    return this.#withNewKeys(
      this.#protectorFor(passphrase),
      newBackupPassphrase,
      (protector) =>
        restoreFromBackup(this.keys, backup, protector, this.now()),
    );
  }

  /** The keychain where it is real (no passphrase given), else the passphrase. */
  #protectorFor(passphrase: string | null): SecretProtector {
    const protector =
      passphrase === null
        ? safeStorageProtector(this.safeStorage)
        : passphraseProtector(passphrase, this.scryptLogN);
    if (protector === null)
      throw new DeskFailure(
        "INVALID_ARGUMENT",
        "This computer has no keychain Prevention Desk can trust: choose a passphrase.",
      );
    return protector;
  }

  async #withNewKeys(
    protector: SecretProtector,
    backupPassphrase: string,
    create: (protector: SecretProtector) => ReturnType<DeviceKeys["create"]>,
  ) {
    if (backupPassphrase.length < 10)
      throw new DeskFailure(
        "INVALID_ARGUMENT",
        "Choose a backup passphrase of at least 10 characters.",
      );
    const { publicKeys, recoveryIdentity } = await create(protector);
    this.#protector = protector;
    const backup = await writeBackup(
      { publicKeys, secrets: this.keys.secretsForBackup(), recoveryIdentity },
      backupPassphrase,
      this.now(),
      this.scryptLogN,
    );
    return {
      status: await this.status(),
      backup: toFile("prevention-desk-backup.age", backup),
    };
  }

  async unlock(passphrase: string): Promise<SyncStatus> {
    const protector = passphraseProtector(passphrase, this.scryptLogN);
    await this.keys.unlock(protector);
    this.#protector = protector;
    return this.status();
  }

  /** Trusts a hub card once the person has confirmed its fingerprint over a second channel. */
  async trustHub(
    card: unknown,
    confirmedFingerprint: string,
  ): Promise<SyncStatus> {
    const hub = readHubCard(card);
    if (!sameFingerprint(confirmedFingerprint, hub.fingerprint))
      throw new DeskFailure(
        "INVALID_ARGUMENT",
        "The fingerprint you confirmed does not match this hub card. Do not trust it; check with the hub.",
      );
    this.store.trustHub(hub);
    return this.status();
  }

  /**
   * Creates the hub on this (admin) install. Returns the hub card (public, for every device)
   * and, sealed with `identityPassphrase`, the hub identity for other hub staff installs and a
   * backup of the hub keys (roster key and hub identity) to keep offline.
   */
  async createHub(hubUrl: string, identityPassphrase: string) {
    const protector = this.#unlockedProtector();
    const seal = passphraseProtector(identityPassphrase, this.scryptLogN);
    const card = await this.admin.createHub(hubUrl, protector, this.now());
    const secrets = this.keys.secretsForBackup();
    const text = (value: string) => new TextEncoder().encode(value);
    return {
      status: await this.status(),
      files: [
        toFile("hub-card.json", text(JSON.stringify(card, null, 2))),
        toFile(
          "hub-identity.age",
          await seal.seal(text(`${secrets.hubIdentity ?? ""}\n`)),
        ),
        toFile(
          "hub-keys-backup.age",
          await seal.seal(
            text(
              JSON.stringify({
                kind: "prevention-desk/hub-keys",
                hubCard: card,
                rosterKey: secrets.rosterKey,
                hubIdentity: secrets.hubIdentity,
              }),
            ),
          ),
        ),
      ],
    };
  }

  async enrolDevice(
    card: unknown,
    confirmedFingerprint: string,
    role: Role,
    countries: CountryCode[],
  ): Promise<SyncStatus> {
    this.admin.enrol(card, confirmedFingerprint, role, countries, this.now());
    return this.status();
  }

  async revokeDevice(deviceId: string): Promise<SyncStatus> {
    this.admin.revoke(deviceId, this.now());
    return this.status();
  }

  rosterFiles(): DeskFile[] {
    return this.admin
      .files()
      .map(({ name, text }) => toFile(name, new TextEncoder().encode(text)));
  }

  #unlockedProtector(): SecretProtector {
    if (this.#protector === null)
      throw new DeskFailure(
        "UNAUTHORIZED",
        "Unlock this install's keys first.",
      );
    return this.#protector;
  }

  async importRoster(text: string): Promise<SyncStatus> {
    this.store.acceptRoster(text);
    return this.status();
  }

  /** Hub staff installs: adds the hub decryption identity from its passphrase-protected file. */
  async importHubIdentity(
    file: DeskFile,
    passphrase: string,
  ): Promise<SyncStatus> {
    const protector = this.#unlockedProtector();
    let identity: string;
    try {
      const decrypter = new Decrypter();
      decrypter.addPassphrase(passphrase);
      identity = (await decrypter.decrypt(fromFile(file), "text")).trim();
    } catch {
      throw new DeskFailure(
        "UNAUTHORIZED",
        "That passphrase does not open this hub identity file.",
      );
    }
    if (!identity.startsWith("AGE-SECRET-KEY-1"))
      throw new DeskFailure(
        "INVALID_ARGUMENT",
        "This file does not hold a hub identity.",
      );
    await this.keys.addHubSecrets({ hubIdentity: identity }, protector);
    return this.status();
  }

  async seal(stream: Stream, ops: readonly Op[]): Promise<SyncStatus> {
    await this.bundles.seal(stream, ops, this.now());
    return this.status();
  }

  /** Every sealed range awaiting a receipt, as files to save or send. */
  pendingFiles(): DeskFile[] {
    const deviceId = this.keys.public()?.deviceId ?? "device";
    return this.bundles
      .pending()
      .map(({ range, bytes }) =>
        toFile(
          `${deviceId}-${range.stream.replace(":", "-")}-${range.seqFirst}-${range.seqLast}.pdbundle`,
          bytes,
        ),
      );
  }

  /** Opens a bundle for import; attachment parts come back as base64. */
  async open(file: DeskFile) {
    const opened = await this.bundles.open(fromFile(file));
    const { deviceId, header, author } = opened;
    return {
      deviceId,
      header,
      author: {
        ...author,
        countries: [...author.countries],
        replaces: [...(author.replaces ?? [])],
      },
      ops: opened.kind === "ops" ? opened.ops : [],
      parts:
        opened.kind === "blobs"
          ? opened.parts.map(({ part, bytes }) => ({
              ...part,
              base64: Buffer.from(bytes).toString("base64"),
            }))
          : [],
    };
  }

  /** Seals attachment parts into one blob bundle for the stream's readers. */
  async sealBlobs(
    stream: Stream,
    parts: readonly BlobPartFile[],
  ): Promise<DeskFile> {
    const bytes = await this.bundles.sealBlobs(
      stream,
      parts.map(({ base64, ...part }) => ({
        part,
        bytes: fromFile({ name: "", base64 }),
      })),
      this.now(),
    );
    const deviceId = this.keys.public()?.deviceId ?? "device";
    return toFile(
      `${deviceId}-${stream.replace(":", "-")}-attachment-${parts[0]?.sha256.slice(0, 12) ?? ""}-${parts[0]?.index ?? 0}.pdbundle`,
      bytes,
    );
  }

  issueReceipt(deviceId: string, headers: readonly BundleHeader[]): DeskFile {
    const text = this.bundles.issueReceipt(deviceId, headers, this.now());
    return toFile(
      `receipt-${deviceId}-${headers[0]?.stream.replace(":", "-") ?? ""}.json`,
      new TextEncoder().encode(text),
    );
  }

  async acceptReceipt(text: string) {
    const { acknowledged } = this.bundles.acceptReceipt(
      text,
      this.purgeAfterReceipt(),
      this.now(),
    );
    return { acknowledged, status: await this.status() };
  }

  /**
   * After a fork: moves this install to new keys and a new device id linked to the current
   * one (ARCHITECTURE section 3), with the protector the keys were unlocked with. The ops that
   * never left under the old id (from the fork's seq in its stream, after the last sealed seq
   * in the others) move to the new id in the renderer. Returns a new backup (new recovery key).
   */
  async relink(backupPassphrase: string) {
    const ledger = this.store.ledger();
    const fork = ledger.fork;
    if (fork === undefined || this.keys.public() === null)
      throw new DeskFailure(
        "INVALID_ARGUMENT",
        "No fork was detected: this device keeps its id.",
      );
    // The forked id, even if an interrupted relink already made keys: those sealed nothing,
    // and the new keys list them among the ids they replace.
    const old = fork.deviceId;
    const protector = this.#unlockedProtector();
    const reissueFrom = {
      ...this.bundles.nextSeqs(ledger, old),
      [fork.stream]: fork.seq,
    };
    const result = await this.#withNewKeys(
      protector,
      backupPassphrase,
      (chosen) => this.keys.relink(chosen, this.now()),
    );
    const { fork: _resolved, ...rest } = this.store.ledger();
    this.store.saveLedger({
      ...rest,
      sealed: rest.sealed.map((range) => ({
        ...range,
        deviceId: range.deviceId ?? old,
      })),
      relink: {
        from: old,
        to: this.keys.public()?.deviceId ?? "",
        reissueFrom,
      },
    });
    return { ...result, status: await this.status() };
  }
}
