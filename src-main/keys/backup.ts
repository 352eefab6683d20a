import { Decrypter, Encrypter } from "age-encryption";
import { z } from "zod";
import { DeskFailure } from "../../shared/errors";
import { SCRYPT_LOG_N, type SecretProtector } from "./protector";
import type {
  DeviceKeys,
  DeviceKeysPublic,
  DeviceSecrets,
} from "./device-keys";

/**
 * The backup file: a standard age file sealed with a passphrase (scrypt), holding the device's
 * keys and its recovery identity, which exists nowhere else. Restoring it on a new laptop makes
 * new keys linked to the old ids, keeping the old identities to read what they sealed.
 */
const backupSchema = z.object({
  kind: z.literal("prevention-desk/backup"),
  version: z.literal(1),
  createdAt: z.iso.datetime(),
  publicKeys: z
    .object({ deviceId: z.string(), previousDeviceIds: z.array(z.string()) })
    .loose(),
  secrets: z
    .object({ identity: z.string(), decryptOnly: z.array(z.string()) })
    .loose(),
  recoveryIdentity: z.string().startsWith("AGE-SECRET-KEY-1"),
});
export type Backup = z.infer<typeof backupSchema>;

export async function writeBackup(
  content: {
    publicKeys: DeviceKeysPublic;
    secrets: DeviceSecrets;
    recoveryIdentity: string;
  },
  passphrase: string,
  now: Date,
  logN = SCRYPT_LOG_N,
): Promise<Uint8Array> {
  if (passphrase.length < 10)
    throw new DeskFailure(
      "INVALID_ARGUMENT",
      "Choose a backup passphrase of at least 10 characters.",
    );
  const backup: Backup = {
    kind: "prevention-desk/backup",
    version: 1,
    createdAt: now.toISOString(),
    ...content,
  };
  const encrypter = new Encrypter();
  encrypter.setPassphrase(passphrase);
  encrypter.setScryptWorkFactor(logN);
  return encrypter.encrypt(JSON.stringify(backup));
}

export async function readBackup(
  bytes: Uint8Array,
  passphrase: string,
): Promise<Backup> {
  let text: string;
  try {
    const decrypter = new Decrypter();
    decrypter.addPassphrase(passphrase);
    text = await decrypter.decrypt(bytes, "text");
  } catch {
    throw new DeskFailure(
      "UNAUTHORIZED",
      "This is not a Prevention Desk backup, or the passphrase is wrong.",
    );
  }
  const parsed = backupSchema.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new DeskFailure("BUNDLE_MALFORMED", "The backup file is damaged.");
  return parsed.data;
}

/**
 * Gives this (new) install fresh keys and a new device id linked to the backup's, so no seq is
 * ever reused; the old identities and the old recovery key stay, for decryption only.
 */
export function restoreFromBackup(
  keys: DeviceKeys,
  backup: Backup,
  protector: SecretProtector,
  now: Date,
): ReturnType<DeviceKeys["create"]> {
  return keys.create(protector, now, {
    deviceIds: [
      backup.publicKeys.deviceId,
      ...backup.publicKeys.previousDeviceIds,
    ],
    identities: [
      backup.secrets.identity,
      ...backup.secrets.decryptOnly,
      backup.recoveryIdentity,
    ],
  });
}
