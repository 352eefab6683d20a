import { Decrypter, Encrypter } from "age-encryption";
import { DeskFailure } from "../../shared/errors";

/**
 * How private keys are kept at rest: never in clear. Electron's `safeStorage` (the OS keychain)
 * where it is real; otherwise a passphrase, through age's scrypt recipient.
 */
export interface SecretProtector {
  readonly kind: "safeStorage" | "passphrase";
  seal(plain: Uint8Array): Promise<Uint8Array>;
  open(sealed: Uint8Array): Promise<Uint8Array>;
}

/** The part of Electron's `safeStorage` the keys service uses; injected so tests run under Node. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  /** Linux only: `basic_text` means the plain-text fallback, which protects nothing. */
  getSelectedStorageBackend?(): string;
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
}

/** `safeStorage`, or null where it is missing or would only pretend (Linux `basic_text`). */
export function safeStorageProtector(
  safeStorage: SafeStorageLike | null,
): SecretProtector | null {
  if (!safeStorage?.isEncryptionAvailable()) return null;
  if (safeStorage.getSelectedStorageBackend?.() === "basic_text") return null;
  return {
    kind: "safeStorage",
    seal: (plain) =>
      Promise.resolve(
        new Uint8Array(
          safeStorage.encryptString(Buffer.from(plain).toString("base64")),
        ),
      ),
    open: (sealed) =>
      Promise.resolve(
        new Uint8Array(
          Buffer.from(safeStorage.decryptString(Buffer.from(sealed)), "base64"),
        ),
      ),
  };
}

/** age's scrypt work factor: 2^18, as the age CLI uses; tests pass a smaller one. */
export const SCRYPT_LOG_N = 18;

/** A passphrase through age's scrypt recipient (the sealed bytes are a standard age file). */
export function passphraseProtector(
  passphrase: string,
  logN = SCRYPT_LOG_N,
): SecretProtector {
  if (passphrase.length < 10)
    throw new DeskFailure(
      "INVALID_ARGUMENT",
      "Choose a passphrase of at least 10 characters.",
    );
  return {
    kind: "passphrase",
    seal: (plain) => {
      const encrypter = new Encrypter();
      encrypter.setPassphrase(passphrase);
      encrypter.setScryptWorkFactor(logN);
      return encrypter.encrypt(plain);
    },
    open: async (sealed) => {
      const decrypter = new Decrypter();
      decrypter.addPassphrase(passphrase);
      try {
        return await decrypter.decrypt(sealed);
      } catch {
        throw new DeskFailure(
          "UNAUTHORIZED",
          "That passphrase does not open these keys. Check it and try again.",
        );
      }
    },
  };
}
