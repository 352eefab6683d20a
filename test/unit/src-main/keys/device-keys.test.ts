import { mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openBundle, sealOps } from "../../../../shared/bundle/bundle";
import { readDeviceCard } from "../../../../shared/identity/cards";
import {
  readBackup,
  restoreFromBackup,
  writeBackup,
} from "../../../../src-main/keys/backup";
import { DeviceKeys } from "../../../../src-main/keys/device-keys";
import {
  passphraseProtector,
  safeStorageProtector,
  type SafeStorageLike,
} from "../../../../src-main/keys/protector";
import { openTools } from "../../../../src-main/bundles/node-tools";

const NOW = new Date("2026-11-23T10:00:00.000Z");
const PASSPHRASE = "correct horse battery";
/** A small scrypt work factor keeps tests fast; the app uses age's default, 2^18. */
const protector = () => passphraseProtector(PASSPHRASE, 10);
const keysDir = () => join(mkdtempSync(join(tmpdir(), "pd-keys-")), "keys");

/** Stands in for Electron's safeStorage: reversible, but never the input bytes. */
function fakeSafeStorage(backend: string): SafeStorageLike {
  return {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => backend,
    encryptString: (plain) =>
      Buffer.from(`sealed:${Buffer.from(plain).reverse().toString("hex")}`),
    decryptString: (sealed) =>
      Buffer.from(sealed.toString().slice(7), "hex").reverse().toString(),
  };
}

function filesText(dir: string): string {
  return readdirSync(dir)
    .map((name) => readFileSync(join(dir, name), "latin1"))
    .join("\n");
}

async function sealOneOp(keys: DeviceKeys, readers: string[]) {
  const deviceId = keys.public()?.deviceId ?? "";
  return sealOps(
    [
      {
        kind: "tombstone",
        deviceId,
        stream: "country:ML",
        seq: 1,
        hlc: "1763892000000:000000",
        entity: "observation",
        entityId: "obs-1",
      },
    ],
    { stream: "country:ML", recipients: ["hub"], createdAt: NOW },
    keys.sealTools(readers),
  );
}

describe("device keys", () => {
  it("are created once, with the private half never in clear on disk", async () => {
    const dir = keysDir();
    const keys = new DeviceKeys(dir);
    expect(keys.public()).toBeNull();
    const { publicKeys, recoveryIdentity } = await keys.create(
      protector(),
      NOW,
    );
    expect(publicKeys.deviceId).toMatch(/^pd[0-9a-f]{32}$/);
    const secrets = keys.secretsForBackup();
    const onDisk = filesText(dir);
    for (const secret of [
      secrets.signingKey,
      secrets.identity,
      recoveryIdentity,
    ])
      expect(onDisk).not.toContain(secret);
    expect(onDisk).not.toContain("AGE-SECRET-KEY");
    for (const name of readdirSync(dir))
      expect(statSync(join(dir, name)).mode & 0o077).toBe(0);
    expect(statSync(dir).mode & 0o077).toBe(0);
    await expect(keys.create(protector(), NOW)).rejects.toMatchObject({
      code: "INVALID_ARGUMENT",
    });
  });

  it("unlock with the right passphrase only, and refuse to sign while locked", async () => {
    const dir = keysDir();
    await new DeviceKeys(dir).create(protector(), NOW);
    const again = new DeviceKeys(dir);
    expect(() => again.sealTools([])).toThrow("Unlock");
    await expect(
      again.unlock(passphraseProtector("not the passphrase", 10)),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await again.unlock(protector());
    expect(again.unlocked).toBe(true);
  });

  it("use safeStorage where it is real, and never Linux's plain-text fallback", async () => {
    expect(safeStorageProtector(fakeSafeStorage("basic_text"))).toBeNull();
    expect(safeStorageProtector(null)).toBeNull();
    const real = safeStorageProtector(fakeSafeStorage("gnome_libsecret"));
    expect(real?.kind).toBe("safeStorage");
    if (!real) return;
    const dir = keysDir();
    await new DeviceKeys(dir).create(real, NOW);
    const again = new DeviceKeys(dir);
    await expect(again.unlock(protector())).rejects.toMatchObject({
      code: "INVALID_ARGUMENT",
    });
    await again.unlock(real);
    expect(again.secretsForBackup().identity).toMatch(/^AGE-SECRET-KEY-1/);
  });

  it("seal bundles that the recovery key opens but the laptop itself cannot, and a card that checks out", async () => {
    const keys = new DeviceKeys(keysDir());
    const { recoveryIdentity, publicKeys } = await keys.create(
      protector(),
      NOW,
    );
    const bytes = await sealOneOp(keys, []);
    // A seized laptop cannot read what it sent (ARCHITECTURE section 4).
    await expect(openBundle(bytes, keys.openTools())).rejects.toMatchObject({
      code: "BUNDLE_NOT_FOR_THIS_DEVICE",
    });
    expect(
      (await openBundle(bytes, openTools([recoveryIdentity]))).deviceId,
    ).toBe(publicKeys.deviceId);
    const card = readDeviceCard(JSON.parse(JSON.stringify(keys.card())));
    expect(card.deviceId).toBe(publicKeys.deviceId);
    expect(card.fingerprint).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
  });
});

describe("moving to new keys after a fork", () => {
  it("links every earlier id, keeps reading what they sealed, and lists the newest 16 on the card", async () => {
    const keys = new DeviceKeys(keysDir());
    await keys.create(protector(), NOW);
    const first = keys.public()?.deviceId ?? "";
    // Addressed to the device itself (a regional reader's own stream, say).
    const sealedByFirst = await sealOneOp(keys, [
      keys.public()?.recipient ?? "",
    ]);
    const ids = [first];
    for (let move = 0; move < 17; move += 1) {
      await keys.relink(protector(), NOW);
      ids.unshift(keys.public()?.deviceId ?? "");
    }
    const [current, ...earlier] = ids;
    expect(keys.public()).toMatchObject({
      deviceId: current,
      previousDeviceIds: earlier,
    });
    const card = readDeviceCard(keys.card());
    expect(card.replaces).toEqual(earlier.slice(0, 16));
    // What was sealed to the first id still opens with the identities it handed on.
    const opened = await openBundle(sealedByFirst, keys.openTools());
    expect(opened.deviceId).toBe(first);
  });
});

describe("the backup", () => {
  it("restores on a new laptop as a new device linked to the old one, able to read the old bundles", async () => {
    const oldKeys = new DeviceKeys(keysDir());
    const { publicKeys, recoveryIdentity } = await oldKeys.create(
      protector(),
      NOW,
    );
    const oldBundle = await sealOneOp(oldKeys, []);
    const file = await writeBackup(
      { publicKeys, secrets: oldKeys.secretsForBackup(), recoveryIdentity },
      PASSPHRASE,
      NOW,
      10,
    );
    expect(new TextDecoder().decode(file)).not.toContain("AGE-SECRET-KEY");
    await expect(readBackup(file, "wrong passphrase")).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });

    const newKeys = new DeviceKeys(keysDir());
    const restored = await restoreFromBackup(
      newKeys,
      await readBackup(file, PASSPHRASE),
      protector(),
      NOW,
    );
    expect(restored.publicKeys.deviceId).not.toBe(publicKeys.deviceId);
    expect(restored.publicKeys.previousDeviceIds).toEqual([
      publicKeys.deviceId,
    ]);
    expect(restored.recoveryIdentity).not.toBe(recoveryIdentity);
    const reopened = await openBundle(oldBundle, newKeys.openTools());
    expect(reopened.deviceId).toBe(publicKeys.deviceId);
  });
});
