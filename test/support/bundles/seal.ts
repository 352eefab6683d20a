import { sealOps } from "../../../shared/bundle/bundle";
import type { Op } from "../../../shared/sync/op";
import { openTools, sealTools } from "../../../src-main/bundles/node-tools";
import type { TestDevice } from "./devices";

export const SEALED_AT = new Date("2026-11-23T10:00:00.000Z");

/** Seals `ops` from `sender` for the hub (and any `also` readers), as an export would. */
export function sealFor(
  sender: TestDevice,
  hub: Pick<TestDevice, "recipient">,
  ops: readonly Op[],
  also: readonly TestDevice[] = [],
): Promise<Uint8Array> {
  const first = ops[0];
  if (!first) throw new Error("No ops to seal.");
  return sealOps(
    ops,
    {
      stream: first.stream,
      recipients: ["hub", ...also.map((device) => device.deviceId)],
      createdAt: SEALED_AT,
    },
    sealTools({
      signingKey: sender.signingKey,
      recipients: [
        hub.recipient,
        sender.recipient,
        ...also.map((d) => d.recipient),
      ],
    }),
  );
}

export const openAs = (device: TestDevice) => openTools([device.identity]);
