import { randomBytes } from "node:crypto";
import { base64urlnopad } from "@scure/base";
import QRCode from "qrcode";
import type { CountryCode } from "../../shared/domain/countries";
import type { Role } from "../../shared/domain/roles";
import { DeskFailure } from "../../shared/errors";
import {
  enrolmentCodeText,
  enrolmentProof,
  enrolmentToken,
  tokenGrantMessage,
  tokenHash,
} from "../../shared/identity/enrolment";
import { rosterEntry } from "../../shared/identity/roster";
import type { SyncService } from "../services/sync-service";
import { toFile } from "../services/desk-file";
import type { HubClient } from "./hub-client";
import { readHubState, updateHubState } from "./hub-state";

/**
 * The hub admin's side of connected sync (ARCHITECTURE section 4): enrolment codes signed with
 * the roster key, token hashes and rosters sent to the service, and queued devices confirmed
 * into the roster. The service never makes either.
 */
const CODE_BYTES = 32;

/** A signed enrolment code as text, a file and a QR image; its token hash waits to be sent. */
export async function createCode(
  sync: SyncService,
  role: Role,
  countries: CountryCode[],
  days: number,
  now: Date,
) {
  const sign = sync.admin.signer();
  const hub = sync.store.hubCard();
  if (hub === null)
    throw new DeskFailure("UNAVAILABLE", "Create the hub first.");
  const secret = base64urlnopad.encode(randomBytes(CODE_BYTES));
  const expiresAt = new Date(now.getTime() + days * 86_400_000).toISOString();
  const text = enrolmentCodeText(
    {
      kind: "prevention-desk/enrolment",
      version: 1,
      hub,
      secret,
      role,
      countries,
      expiresAt,
    },
    sign,
  );
  const hash = tokenHash(enrolmentToken(secret));
  updateHubState(sync.store, (state) => ({
    ...state,
    issuedCodes: [
      ...state.issuedCodes,
      {
        tokenHash: hash,
        secret,
        role,
        countries,
        expiresAt,
        uploaded: false,
        grantSignature: base64urlnopad.encode(
          sign(tokenGrantMessage(hash, expiresAt)),
        ),
      },
    ],
  }));
  const name = `prevention-desk-enrolment-${role}${countries.length > 0 ? `-${countries.join("-")}` : ""}`;
  return {
    text,
    file: toFile(`${name}.txt`, new TextEncoder().encode(`${text}\n`)),
    qrPng: toFile(
      `${name}.png`,
      new Uint8Array(
        await QRCode.toBuffer(text, {
          errorCorrectionLevel: "L",
          margin: 4,
          scale: 4,
        }),
      ),
    ),
  };
}

/**
 * Each device queued with a code this install made, whose proof holds, is enrolled with the
 * code's role and countries; devices the service blocked are revoked; the roster goes out.
 */
export async function confirmQueued(
  sync: SyncService,
  client: HubClient,
  now: Date,
): Promise<{ confirmed: number; revoked: number; unknown: number }> {
  sync.admin.signer();
  let confirmed = 0;
  let revoked = 0;
  let unknown = 0;
  const { queued } = await client.enrolments();
  for (const device of queued) {
    const code = readHubState(sync.store).issuedCodes.find(
      (issued) => issued.tokenHash === device.tokenHash,
    );
    if (
      code?.secret === undefined ||
      enrolmentProof(code.secret, device.deviceCard) !== device.proof
    ) {
      unknown += 1;
      continue;
    }
    try {
      sync.admin.enrolCard(device.deviceCard, code.role, code.countries, now);
    } catch (error) {
      // A card that claims ids it may not take over, say: left queued, for a person.
      if (!(error instanceof DeskFailure)) throw error;
      unknown += 1;
      continue;
    }
    updateHubState(sync.store, (state) => ({
      ...state,
      issuedCodes: state.issuedCodes.map((issued) => {
        if (issued.tokenHash !== code.tokenHash) return issued;
        const { secret: _used, ...rest } = issued;
        return { ...rest, usedBy: device.deviceCard.deviceId };
      }),
    }));
    confirmed += 1;
  }
  const roster = sync.store.roster();
  for (const device of (await client.devices()).devices) {
    const entry = roster && rosterEntry(roster, device.deviceId);
    if (device.status === "blocked" && entry && !entry.revoked) {
      sync.admin.revoke(device.deviceId, now);
      revoked += 1;
    }
  }
  await publishRoster(sync, client);
  return { confirmed, revoked, unknown };
}

/** Token hashes of codes made here that the service does not hold yet. */
export async function sendTokens(sync: SyncService, client: HubClient) {
  const waiting = readHubState(sync.store).issuedCodes.filter(
    (code) => !code.uploaded,
  );
  if (waiting.length === 0) return;
  await client.uploadTokens(
    waiting.map((code) => ({
      tokenHash: code.tokenHash,
      expiresAt: code.expiresAt,
      signature: code.grantSignature,
    })),
  );
  updateHubState(sync.store, (state) => ({
    ...state,
    issuedCodes: state.issuedCodes.map((code) => ({ ...code, uploaded: true })),
  }));
}

/** The admin install gives the service its roster whenever it holds a newer one. */
export async function publishRoster(sync: SyncService, client: HubClient) {
  if (sync.keys.rosterSigner() === null) return;
  const roster = sync.store.roster();
  if (
    roster === null ||
    roster.rosterVersion <= readHubState(sync.store).publishedRosterVersion
  )
    return;
  const signed = sync.admin.signed();
  await client.publishRoster(
    signed.roster,
    signed.slices.map((slice) => slice.text),
  );
  updateHubState(sync.store, (state) => ({
    ...state,
    publishedRosterVersion: signed.version,
  }));
}
