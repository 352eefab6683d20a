import { generateX25519Identity, identityToRecipient } from "age-encryption";
import { ed25519 } from "@noble/curves/ed25519.js";
import { deviceIdOf } from "../../../shared/bundle/identity";
import { corpusOps, type CorpusRecord } from "../../../shared/demo/corpus-ops";
import type { Op } from "../../../shared/sync/op";
import { corpusLines } from "../../../src-main/demo/corpus";

/** A device's keys as main holds them: signing key, age identity and its recipient. */
export interface TestDevice {
  signingKey: Uint8Array;
  publicKey: Uint8Array;
  deviceId: string;
  identity: string;
  recipient: string;
}

export async function makeDevice(): Promise<TestDevice> {
  const signingKey = ed25519.utils.randomSecretKey();
  const publicKey = ed25519.getPublicKey(signingKey);
  const identity = await generateX25519Identity();
  return {
    signingKey,
    publicKey,
    deviceId: deviceIdOf(publicKey),
    identity,
    recipient: await identityToRecipient(identity),
  };
}

/** The ops of `count` corpus observations written by `device`, grouped by stream. */
export function corpusOpsByStream(
  device: Pick<TestDevice, "deviceId">,
  count: number,
  seed = 1,
): Map<string, Op[]> {
  const records = corpusLines(count, { seed, lang: "mixed" }).map(
    (line) => JSON.parse(line) as CorpusRecord,
  );
  const ops = corpusOps(records, device.deviceId, new Map());
  const streams = new Map<string, Op[]>();
  for (const op of ops)
    streams.set(op.stream, [...(streams.get(op.stream) ?? []), op]);
  return streams;
}
