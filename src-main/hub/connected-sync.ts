import { readHeader } from "../../shared/bundle/bundle";
import type { CountryCode } from "../../shared/domain/countries";
import type { Role } from "../../shared/domain/roles";
import { DeskFailure } from "../../shared/errors";
import type {
  EnrolmentPreview,
  HubStatus,
} from "../../shared/hub/hub-contract";
import {
  enrolmentProof,
  enrolmentToken,
  readEnrolmentCode,
} from "../../shared/identity/enrolment";
import { sameFingerprint } from "../../shared/identity/cards";
import { rosterEntry } from "../../shared/identity/roster";
import type { DeskFile } from "../../shared/sync-contract";
import type { SyncService } from "../services/sync-service";
import { fromFile, toFile } from "../services/desk-file";
import {
  confirmQueued,
  createCode,
  publishRoster,
  sendTokens,
} from "./enrolment-admin";
import { HubClient } from "./hub-client";
import { readHubState, updateHubState } from "./hub-state";

const INBOX = "inbox";
const SET_ASIDE = "inbox-refused";

export interface ConnectedSyncOptions {
  now?: () => Date;
  /** Per request; a slow link is abandoned after this and tried again later. */
  timeoutMs?: number;
  /** The roster gave this device its role and countries: they become read-only. */
  onEnrolled?: (role: Role, countries: CountryCode[], at: Date) => void;
}

/**
 * Sync with the hub service over HTTP (ARCHITECTURE sections 3–5), in main: enrolment by code,
 * sending sealed ranges and receipts, pulling the roster, receipts and bundles, and on the
 * admin install making codes and confirming devices into the roster. The bundles themselves
 * are the same sealed bytes as on USB; import stays the renderer's.
 */
export class ConnectedSync {
  readonly #now: () => Date;

  constructor(
    private readonly sync: SyncService,
    private readonly options: ConnectedSyncOptions = {},
  ) {
    this.#now = options.now ?? (() => new Date());
  }

  status(): HubStatus {
    const state = readHubState(this.sync.store);
    const hub = this.sync.store.hubCard();
    const deviceId = this.sync.keys.public()?.deviceId;
    const roster = this.sync.store.roster();
    const entry =
      roster && deviceId !== undefined
        ? rosterEntry(roster, deviceId)
        : undefined;
    const blocked =
      state.lastError?.code === "DEVICE_BLOCKED" ? state.lastError : undefined;
    const connection =
      hub === null
        ? "none"
        : entry?.revoked || blocked
          ? "revoked"
          : entry
            ? "enrolled"
            : state.enrolment
              ? "queued"
              : "none";
    return {
      connection,
      hubUrl: hub?.hubUrl ?? null,
      revokedAt: entry?.revoked?.at ?? blocked?.at ?? null,
      lastSyncAt: state.lastSyncAt ?? null,
      lastError: state.lastError ?? null,
      toSend:
        this.#unsent().length +
        state.pendingReceipts.length +
        state.issuedCodes.filter((code) => !code.uploaded).length,
      toImport: this.sync.store.listFiles(INBOX).sort(),
      openCodes: state.issuedCodes.filter(
        (code) =>
          code.usedBy === undefined &&
          Date.parse(code.expiresAt) > this.#now().getTime(),
      ).length,
    };
  }

  preview(code: string): EnrolmentPreview {
    const enrolment = readEnrolmentCode(code, this.#now());
    return {
      hubUrl: enrolment.hub.hubUrl,
      hubFingerprint: enrolment.hub.fingerprint,
      role: enrolment.role,
      countries: enrolment.countries,
      expiresAt: enrolment.expiresAt,
    };
  }

  /** Joins the hub of the code; the device waits in the service's queue for the admin. */
  async enrol(code: string): Promise<HubStatus> {
    const now = this.#now();
    const enrolment = readEnrolmentCode(code, now);
    if (this.sync.keys.public() === null)
      throw new DeskFailure(
        "UNAVAILABLE",
        "Create this install's keys first (Sync screen, Keys).",
      );
    const trusted = this.sync.store.hubCard();
    if (
      trusted !== null &&
      !sameFingerprint(trusted.fingerprint, enrolment.hub.fingerprint)
    )
      throw new DeskFailure(
        "INVALID_ARGUMENT",
        "This install already belongs to another hub.",
      );
    const card = this.sync.keys.card();
    await new HubClient(
      enrolment.hub.hubUrl,
      null,
      this.#clientOptions(),
    ).enrol({
      token: enrolmentToken(enrolment.secret),
      deviceCard: card,
      proof: enrolmentProof(enrolment.secret, card),
    });
    // Only once the service took it: a refused code changes nothing here.
    if (trusted === null) this.sync.store.trustHub(enrolment.hub);
    updateHubState(this.sync.store, (state) => ({
      ...state,
      enrolment: {
        hubUrl: enrolment.hub.hubUrl,
        role: enrolment.role,
        countries: enrolment.countries,
        requestedAt: now.toISOString(),
      },
    }));
    this.options.onEnrolled?.(enrolment.role, enrolment.countries, now);
    return this.status();
  }

  /**
   * Sends what the service has not stored: sealed ranges (the same bytes each time), receipts
   * (hub staff), token hashes and the roster (the admin install).
   */
  async push(): Promise<HubStatus> {
    return this.#recorded(async (client) => {
      await sendTokens(this.sync, client);
      await publishRoster(this.sync, client);
      for (const range of this.#unsent()) {
        await client.upload(this.sync.store.readSealed(range.file));
        const ledger = this.sync.store.ledger();
        this.sync.store.saveLedger({
          ...ledger,
          sealed: ledger.sealed.map((sealed) =>
            sealed.file === range.file
              ? { ...sealed, storedAt: this.#now().toISOString() }
              : sealed,
          ),
        });
      }
      for (const receipt of readHubState(this.sync.store).pendingReceipts) {
        await client.sendReceipt(receipt);
        updateHubState(this.sync.store, (state) => ({
          ...state,
          pendingReceipts: state.pendingReceipts.filter((r) => r !== receipt),
        }));
      }
    });
  }

  /** One bundle file to the service: attachment parts sealed here, or a bundle relayed. */
  async upload(file: DeskFile): Promise<{ duplicate: boolean }> {
    const bytes = fromFile(file);
    let duplicate = false;
    await this.#recorded(async (client) => {
      ({ duplicate } = await client.upload(bytes));
    });
    return { duplicate };
  }

  /** Takes the roster, receipts and bundles waiting at the service; bundles wait for import. */
  async pull(): Promise<HubStatus> {
    return this.#recorded(async (client) => {
      // Queued, a device may ask for its roster and nothing else.
      if (!(await this.#pullRoster(client))) return;
      let more = true;
      while (more) {
        const page = await client.inbox(
          readHubState(this.sync.store).inboxAfter,
        );
        for (const item of page.items) {
          const bytes = await client.item(item.id);
          if (item.kind === "receipt")
            await this.#acceptReceipt(new TextDecoder().decode(bytes));
          else
            this.sync.store.keepFile(
              INBOX,
              `${item.id.padStart(20, "0")}.pdbundle`,
              bytes,
            );
          updateHubState(this.sync.store, (state) => ({
            ...state,
            inboxAfter: item.id,
          }));
        }
        more = page.more;
      }
    });
  }

  openInbox(name: string) {
    return this.sync.open(toFile(name, this.sync.store.readKept(INBOX, name)));
  }

  /**
   * A pulled bundle is done with. Imported on a hub staff install, its receipt goes to the
   * service (which stored it: it came from there). Refused, it is set aside, not lost.
   */
  async imported(name: string, applied: boolean): Promise<HubStatus> {
    const bytes = this.sync.store.readKept(INBOX, name);
    if (!applied) this.sync.store.keepFile(SET_ASIDE, name, bytes);
    else this.#queueReceipt(bytes);
    this.sync.store.removeKept(INBOX, name);
    return this.push();
  }

  /**
   * Hub staff: a bundle that came by USB and was imported here goes to the service too, and its
   * receipt follows once the service has stored it.
   */
  async relay(file: DeskFile): Promise<HubStatus> {
    const bytes = fromFile(file);
    await this.#recorded(async (client) => {
      await client.upload(bytes);
    });
    this.#queueReceipt(bytes);
    return this.push();
  }

  /** On a hub staff install, a receipt for an imported ops bundle waits to be sent. */
  #queueReceipt(bytes: Uint8Array): void {
    if (this.sync.keys.hubIdentity() === null) return;
    const { header, deviceId } = readHeader(bytes);
    if (header.kind !== "ops") return;
    const receipt = this.sync.bundles.issueReceipt(
      deviceId,
      [header],
      this.#now(),
    );
    updateHubState(this.sync.store, (state) => ({
      ...state,
      pendingReceipts: [...state.pendingReceipts, receipt],
    }));
  }

  /** The admin install: a signed enrolment code as text, a file and a QR image. */
  createCode(role: Role, countries: CountryCode[], days: number) {
    return createCode(this.sync, role, countries, days, this.#now());
  }

  /**
   * The admin install: confirms queued devices whose proof holds, revokes devices the service
   * blocked, and sends the new roster.
   */
  async confirm() {
    let counts = { confirmed: 0, revoked: 0, unknown: 0 };
    const status = await this.#recorded(async (client) => {
      counts = await confirmQueued(this.sync, client, this.#now());
    });
    return { ...counts, status };
  }

  #unsent() {
    return this.sync.bundles
      .pendingRanges()
      .filter((range) => range.storedAt === undefined);
  }

  async #acceptReceipt(text: string) {
    try {
      await this.sync.acceptReceipt(text);
    } catch (error) {
      // A receipt this device cannot use (another hub's, a stale roster) is skipped, not fatal.
      if (!(error instanceof DeskFailure)) throw error;
    }
  }

  /** Takes a newer roster if there is one; true when the roster lists this device. */
  async #pullRoster(client: HubClient): Promise<boolean> {
    const deviceId = this.sync.keys.public()?.deviceId ?? "";
    const text = await client.roster(
      this.sync.store.roster()?.rosterVersion ?? 0,
    );
    if (text !== null) {
      const entry = rosterEntry(this.sync.store.acceptRoster(text), deviceId);
      if (entry && !entry.revoked)
        this.options.onEnrolled?.(entry.role, entry.countries, this.#now());
    }
    const roster = this.sync.store.roster();
    return roster !== null && rosterEntry(roster, deviceId) !== undefined;
  }

  #clientOptions() {
    return {
      now: this.#now,
      ...(this.options.timeoutMs === undefined
        ? {}
        : { timeoutMs: this.options.timeoutMs }),
    };
  }

  /** Runs `work` with a signed client; records when it last succeeded, or what went wrong. */
  async #recorded(
    work: (client: HubClient) => Promise<void>,
  ): Promise<HubStatus> {
    const hub = this.sync.store.hubCard();
    const keys = this.sync.keys.public();
    if (hub === null || keys === null)
      throw new DeskFailure(
        "UNAVAILABLE",
        "Enrol this device with a code from the hub first.",
      );
    const signer = this.sync.keys.signer();
    const client = new HubClient(
      hub.hubUrl,
      { deviceId: keys.deviceId, sign: signer.sign },
      this.#clientOptions(),
    );
    try {
      await work(client);
    } catch (error) {
      if (error instanceof DeskFailure)
        updateHubState(this.sync.store, (state) => ({
          ...state,
          lastError: {
            code: error.code,
            message: error.message,
            at: this.#now().toISOString(),
          },
        }));
      throw error;
    }
    updateHubState(this.sync.store, ({ lastError: _cleared, ...state }) => ({
      ...state,
      lastSyncAt: this.#now().toISOString(),
    }));
    return this.status();
  }
}
