import { generateX25519Identity, identityToRecipient } from "age-encryption";
import { ed25519 } from "@noble/curves/ed25519.js";
import { base64urlnopad, hex } from "@scure/base";
import {
  countriesFitRole,
  countryRuleMessage,
} from "../../shared/domain/roles";
import { DeskFailure } from "../../shared/errors";
import {
  hubCard,
  readDeviceCard,
  sameFingerprint,
  type DeviceCard,
  type HubCard,
} from "../../shared/identity/cards";
import {
  rosterEntry,
  rosterSlice,
  signRoster,
  type Roster,
  type RosterEntry,
} from "../../shared/identity/roster";
import type { DeviceKeys } from "../keys/device-keys";
import type { SecretProtector } from "../keys/protector";
import type { SyncStore } from "./sync-store";

/**
 * The hub admin's install (ARCHITECTURE section 4): it alone holds the roster key. It creates
 * the hub (decryption identity, roster key, hub card), enrols devices whose card fingerprint a
 * person confirmed, revokes them, and signs each change as a new roster version.
 */
export class RosterAdmin {
  constructor(
    private readonly keys: DeviceKeys,
    private readonly store: SyncStore,
  ) {}

  /** Creates the hub; this install becomes its admin and first hub staff device. */
  async createHub(
    hubUrl: string,
    protector: SecretProtector,
    now: Date,
  ): Promise<HubCard> {
    if (this.store.hubCard() !== null)
      throw new DeskFailure(
        "INVALID_ARGUMENT",
        "This install already trusts a hub.",
      );
    const rosterKey = ed25519.utils.randomSecretKey();
    const hubIdentity = await generateX25519Identity();
    const card = hubCard(
      hubUrl,
      await identityToRecipient(hubIdentity),
      base64urlnopad.encode(ed25519.getPublicKey(rosterKey)),
    );
    await this.keys.addHubSecrets(
      { hubIdentity, rosterKey: hex.encode(rosterKey) },
      protector,
    );
    this.store.trustHub(card);
    this.#publish(
      {
        kind: "prevention-desk/roster",
        version: 1,
        rosterVersion: 0,
        issuedAt: now.toISOString(),
        hub: card,
        devices: [],
      },
      [
        {
          card: this.keys.card(),
          role: "hub",
          countries: [],
          enrolledAt: now.toISOString(),
        },
      ],
      now,
    );
    return card;
  }

  /** Adds a device whose card fingerprint the admin confirmed with its holder. */
  enrol(
    card: unknown,
    confirmedFingerprint: string,
    role: RosterEntry["role"],
    countries: RosterEntry["countries"],
    now: Date,
  ) {
    const device = readDeviceCard(card);
    if (!sameFingerprint(confirmedFingerprint, device.fingerprint))
      throw new DeskFailure(
        "INVALID_ARGUMENT",
        "The fingerprint you confirmed does not match this device card.",
      );
    return this.enrolCard(device, role, countries, now);
  }

  /**
   * Adds a device whose card is vouched for: its fingerprint confirmed by a person, or its
   * enrolment proven with a code this install made.
   */
  enrolCard(
    device: DeviceCard,
    role: RosterEntry["role"],
    countries: RosterEntry["countries"],
    now: Date,
  ) {
    if (!countriesFitRole(role, countries))
      throw new DeskFailure(
        "INVALID_ARGUMENT",
        countryRuleMessage(role, countries.length),
      );
    const roster = this.#roster();
    // A device takes over only ids this roster lists, with the same role and countries: its
    // card cannot claim a colleague's observations.
    for (const replaced of device.replaces ?? []) {
      const entry = rosterEntry(roster, replaced);
      if (
        entry === undefined ||
        entry.role !== role ||
        [...entry.countries].sort().join() !== [...countries].sort().join()
      )
        throw new DeskFailure(
          "INVALID_ARGUMENT",
          `This card replaces ${replaced}, which the roster does not list as a ${role} device for the same countries. Check with its holder.`,
        );
    }
    const others = roster.devices.filter(
      (entry) => entry.card.deviceId !== device.deviceId,
    );
    return this.#publish(
      roster,
      [
        ...others,
        { card: device, role, countries, enrolledAt: now.toISOString() },
      ],
      now,
    );
  }

  /**
   * Revokes a device: its ops up to the last seq received from it per stream stay accepted,
   * anything later is refused everywhere once this roster arrives.
   */
  revoke(deviceId: string, now: Date) {
    const roster = this.#roster();
    const lastAcceptedSeq: Record<string, number> = {};
    for (const range of this.store.ledger().received)
      if (range.deviceId === deviceId)
        lastAcceptedSeq[range.stream] = Math.max(
          lastAcceptedSeq[range.stream] ?? 0,
          range.seqLast,
        );
    return this.#publish(
      roster,
      roster.devices.map((entry) =>
        entry.card.deviceId === deviceId && !entry.revoked
          ? { ...entry, revoked: { at: now.toISOString(), lastAcceptedSeq } }
          : entry,
      ),
      now,
    );
  }

  /** The full roster for hub staff, and a signed slice for each other device. */
  files(): { name: string; text: string }[] {
    const { version, roster, slices } = this.signed();
    return [
      { name: `roster-v${String(version)}.json`, text: roster },
      ...slices.map(({ deviceId, text }) => ({
        name: `roster-v${String(version)}-${deviceId}.json`,
        text,
      })),
    ];
  }

  /** The current roster signed whole, and a signed slice for each device but hub staff. */
  signed() {
    const roster = this.#roster();
    const sign = this.signer();
    return {
      version: roster.rosterVersion,
      roster: signRoster(roster, sign),
      slices: roster.devices
        .filter((entry) => entry.role !== "hub" && !entry.revoked)
        .map((entry) => ({
          deviceId: entry.card.deviceId,
          text: signRoster(rosterSlice(roster, entry.card.deviceId), sign),
        })),
    };
  }

  #roster(): Roster {
    const roster = this.store.roster();
    if (roster === null)
      throw new DeskFailure("UNAVAILABLE", "Create the hub first.");
    return roster;
  }

  /** Signs as the roster key; refused on every install but the admin's. */
  signer() {
    const sign = this.keys.rosterSigner();
    if (sign === null)
      throw new DeskFailure(
        "UNAUTHORIZED",
        "Only the hub admin's install holds the roster key.",
      );
    return sign;
  }

  #publish(previous: Roster, devices: RosterEntry[], now: Date): Roster {
    const roster: Roster = {
      kind: "prevention-desk/roster",
      version: 1,
      rosterVersion: previous.rosterVersion + 1,
      issuedAt: now.toISOString(),
      hub: previous.hub,
      devices,
    };
    return this.store.acceptRoster(signRoster(roster, this.signer()));
  }
}
