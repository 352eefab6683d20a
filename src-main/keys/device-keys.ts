import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { generateX25519Identity, identityToRecipient } from "age-encryption";
import { ed25519 } from "@noble/curves/ed25519.js";
import { base64urlnopad, hex } from "@scure/base";
import { z } from "zod";
import type { OpenTools, SealTools } from "../../shared/bundle/bundle";
import { deviceIdOf } from "../../shared/bundle/identity";
import {
  deviceCard,
  MAX_REPLACED_IDS,
  type DeviceCard,
} from "../../shared/identity/cards";
import { DeskFailure } from "../../shared/errors";
import { openTools, sealTools } from "../bundles/node-tools";
import type { SecretProtector } from "./protector";

/**
 * This install's keys (ARCHITECTURE section 4), held by the main process only. On disk: the
 * public half in clear, the private half sealed by a `SecretProtector`. The recovery key's
 * private half is handed back once, for the backup file, and never stored here.
 */
const publicSchema = z.object({
  deviceId: z.string(),
  signingKey: z.string(),
  recipient: z.string(),
  recoveryRecipient: z.string(),
  protector: z.enum(["safeStorage", "passphrase"]),
  createdAt: z.iso.datetime(),
  /** Earlier ids of this install (a restored backup, a fork): no seq is ever reused. */
  previousDeviceIds: z.array(z.string()),
});
export type DeviceKeysPublic = z.infer<typeof publicSchema>;

const secretsSchema = z.object({
  signingKey: z.string().regex(/^[0-9a-f]{64}$/),
  identity: z.string().startsWith("AGE-SECRET-KEY-1"),
  /** Identities of earlier ids, kept to read what was sealed to them, never to sign. */
  decryptOnly: z.array(z.string().startsWith("AGE-SECRET-KEY-1")),
  /** Hub staff installs: the hub decryption identity they share. */
  hubIdentity: z.string().startsWith("AGE-SECRET-KEY-1").optional(),
  /** The hub admin's install only: the Ed25519 key that signs the roster. */
  rosterKey: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});
export type DeviceSecrets = z.infer<typeof secretsSchema>;

const PUBLIC_FILE = "device.json";
const SECRET_FILE = "device.sealed";

export class DeviceKeys {
  #secrets: DeviceSecrets | null = null;

  constructor(private readonly dir: string) {}

  /** The public half, or null before the keys are created. */
  public(): DeviceKeysPublic | null {
    const file = join(this.dir, PUBLIC_FILE);
    if (!existsSync(file)) return null;
    return publicSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  }

  get unlocked(): boolean {
    return this.#secrets !== null;
  }

  /**
   * Creates the device's keys and a recovery key; returns the recovery identity for the backup
   * (it is not kept). `previous` links a restored install to the ids it replaces.
   */
  async create(
    protector: SecretProtector,
    now: Date,
    previous: { deviceIds: string[]; identities: string[] } = {
      deviceIds: [],
      identities: [],
    },
  ): Promise<{ publicKeys: DeviceKeysPublic; recoveryIdentity: string }> {
    if (this.public() !== null)
      throw new DeskFailure(
        "INVALID_ARGUMENT",
        "This install already has its keys.",
      );
    return this.#generate(protector, now, previous, {});
  }

  /**
   * Moves this install to new keys and a new device id linked to the current one (after a seq
   * fork): the current identities are kept to read what was sealed to them, hub secrets carry
   * over, and a new recovery key is returned for a new backup.
   */
  async relink(
    protector: SecretProtector,
    now: Date,
  ): Promise<{ publicKeys: DeviceKeysPublic; recoveryIdentity: string }> {
    const current = this.#publicOrFail();
    const { identity, decryptOnly, hubIdentity, rosterKey } =
      this.#secretsOrFail();
    return this.#generate(
      protector,
      now,
      {
        deviceIds: [current.deviceId, ...current.previousDeviceIds],
        identities: [identity, ...decryptOnly],
      },
      {
        ...(hubIdentity === undefined ? {} : { hubIdentity }),
        ...(rosterKey === undefined ? {} : { rosterKey }),
      },
    );
  }

  async #generate(
    protector: SecretProtector,
    now: Date,
    previous: { deviceIds: string[]; identities: string[] },
    carried: Pick<DeviceSecrets, "hubIdentity" | "rosterKey">,
  ): Promise<{ publicKeys: DeviceKeysPublic; recoveryIdentity: string }> {
    const signingKey = ed25519.utils.randomSecretKey();
    const [identity, recoveryIdentity] = await Promise.all([
      generateX25519Identity(),
      generateX25519Identity(),
    ]);
    const signingPublic = base64urlnopad.encode(
      ed25519.getPublicKey(signingKey),
    );
    const publicKeys: DeviceKeysPublic = {
      deviceId: deviceIdOf(ed25519.getPublicKey(signingKey)),
      signingKey: signingPublic,
      recipient: await identityToRecipient(identity),
      recoveryRecipient: await identityToRecipient(recoveryIdentity),
      protector: protector.kind,
      createdAt: now.toISOString(),
      previousDeviceIds: previous.deviceIds,
    };
    const secrets: DeviceSecrets = {
      signingKey: hex.encode(signingKey),
      identity,
      decryptOnly: previous.identities,
      ...carried,
    };
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    chmodSync(this.dir, 0o700);
    await this.#sealSecrets(secrets, protector);
    const file = join(this.dir, PUBLIC_FILE);
    writeFileSync(`${file}.tmp`, JSON.stringify(publicKeys, null, 2), {
      mode: 0o600,
    });
    renameSync(`${file}.tmp`, file);
    return { publicKeys, recoveryIdentity };
  }

  /** Keeps hub secrets with this install's: the hub identity (hub staff), the roster key (admin). */
  async addHubSecrets(
    secrets: Pick<DeviceSecrets, "hubIdentity" | "rosterKey">,
    protector: SecretProtector,
  ): Promise<void> {
    await this.#sealSecrets(
      { ...this.#secretsOrFail(), ...secrets },
      protector,
    );
  }

  /** Signs as the roster key holder; null on every install but the hub admin's. */
  rosterSigner(): ((bytes: Uint8Array) => Uint8Array) | null {
    const key = this.#secrets?.rosterKey;
    if (key === undefined) return null;
    const rosterKey = hex.decode(key);
    return (bytes) => ed25519.sign(bytes, rosterKey);
  }

  hubIdentity(): string | null {
    return this.#secrets?.hubIdentity ?? null;
  }

  async #sealSecrets(
    secrets: DeviceSecrets,
    protector: SecretProtector,
  ): Promise<void> {
    const sealed = await protector.seal(
      new TextEncoder().encode(JSON.stringify(secrets)),
    );
    const file = join(this.dir, SECRET_FILE);
    writeFileSync(`${file}.tmp`, sealed, { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
    this.#secrets = secrets;
  }

  /** Opens the private half into main's memory, with the protector it was sealed with. */
  async unlock(protector: SecretProtector): Promise<void> {
    const publicKeys = this.public();
    if (publicKeys === null)
      throw new DeskFailure("UNAVAILABLE", "This install has no keys yet.");
    if (protector.kind !== publicKeys.protector)
      throw new DeskFailure(
        "INVALID_ARGUMENT",
        `These keys are protected by ${publicKeys.protector}.`,
      );
    const plain = await protector.open(
      new Uint8Array(readFileSync(join(this.dir, SECRET_FILE))),
    );
    this.#secrets = secretsSchema.parse(
      JSON.parse(new TextDecoder().decode(plain)),
    );
  }

  lock(): void {
    this.#secrets = null;
  }

  card(): DeviceCard {
    const publicKeys = this.#publicOrFail();
    return deviceCard(
      publicKeys.signingKey,
      publicKeys.recipient,
      // The most recent ids, as many as a card lists: the roster already links older ones.
      publicKeys.previousDeviceIds.slice(0, MAX_REPLACED_IDS),
    );
  }

  /** Sealing for a stream's readers; this device's recovery key is always one of them. */
  sealTools(readers: readonly string[]): SealTools {
    const publicKeys = this.#publicOrFail();
    return sealTools({
      signingKey: hex.decode(this.#secretsOrFail().signingKey),
      recipients: [...readers, publicKeys.recoveryRecipient],
    });
  }

  /** Opening with this device's identity, earlier ones, and any `extra` (the hub identity). */
  openTools(extra: readonly string[] = []): OpenTools {
    const secrets = this.#secretsOrFail();
    return openTools([secrets.identity, ...secrets.decryptOnly, ...extra]);
  }

  /** Signs receipts and other statements as this device; the key stays in this closure. */
  signer(): { publicKey: Uint8Array; sign: (bytes: Uint8Array) => Uint8Array } {
    const signingKey = hex.decode(this.#secretsOrFail().signingKey);
    return {
      publicKey: ed25519.getPublicKey(signingKey),
      sign: (bytes) => ed25519.sign(bytes, signingKey),
    };
  }

  /** For the backup file only: the private half as stored. */
  secretsForBackup(): DeviceSecrets {
    return this.#secretsOrFail();
  }

  #publicOrFail(): DeviceKeysPublic {
    const publicKeys = this.public();
    if (publicKeys === null)
      throw new DeskFailure("UNAVAILABLE", "This install has no keys yet.");
    return publicKeys;
  }

  #secretsOrFail(): DeviceSecrets {
    if (this.#secrets === null)
      throw new DeskFailure(
        "UNAUTHORIZED",
        "Unlock this install's keys first.",
      );
    return this.#secrets;
  }
}
