import { base64urlnopad, utf8 } from "@scure/base";
import { z } from "zod";
import { decodePublicKey, verifySignature } from "../bundle/identity";
import { countryCodeSchema } from "../domain/countries";
import { roleSchema } from "../domain/roles";
import { DeskFailure } from "../errors";
import type { AuthorEntry } from "../sync/may-apply";
import {
  deviceCardSchema,
  hubCardSchema,
  readDeviceCard,
  type HubCard,
} from "./cards";

/**
 * The roster (ARCHITECTURE section 4): signed with the roster key, versioned, and the only
 * source of recipients and trusted senders. It names devices by keys, role and countries;
 * never people or organisations.
 */
export const rosterEntrySchema = z.strictObject({
  card: deviceCardSchema,
  role: roleSchema,
  countries: z.array(countryCodeSchema).max(250),
  enrolledAt: z.iso.datetime(),
  /** Revoked: ops after `lastAcceptedSeq` in each stream are refused everywhere. */
  revoked: z
    .strictObject({
      at: z.iso.datetime(),
      lastAcceptedSeq: z.record(z.string(), z.number().int().min(0)),
    })
    .optional(),
});
export type RosterEntry = z.infer<typeof rosterEntrySchema>;

export const rosterSchema = z.strictObject({
  kind: z.literal("prevention-desk/roster"),
  version: z.literal(1),
  rosterVersion: z.number().int().min(1),
  issuedAt: z.iso.datetime(),
  hub: hubCardSchema,
  devices: z.array(rosterEntrySchema).max(100_000),
  /** A slice names the one device it was cut for; the full roster has none. */
  sliceFor: z.string().optional(),
});
export type Roster = z.infer<typeof rosterSchema>;

/** The file: the roster as exact JSON text, and the roster key's signature over its bytes. */
const signedRosterSchema = z.strictObject({
  roster: z.string().max(64 * 1024 * 1024),
  signature: z.string().regex(/^[A-Za-z0-9_-]{86}$/),
});

export function signRoster(
  roster: Roster,
  sign: (bytes: Uint8Array) => Uint8Array,
): string {
  const text = JSON.stringify(rosterSchema.parse(roster));
  return JSON.stringify({
    roster: text,
    signature: base64urlnopad.encode(sign(utf8.decode(text))),
  });
}

/**
 * Reads a roster file against the hub this device trusts: signed by its roster key, for the
 * same hub, and newer than `currentVersion` (an older or equal roster is refused).
 */
export function readRoster(
  text: string,
  trusted: HubCard,
  currentVersion = 0,
): Roster {
  let file: z.infer<typeof signedRosterSchema>;
  let roster: Roster;
  try {
    file = signedRosterSchema.parse(JSON.parse(text));
    roster = rosterSchema.parse(JSON.parse(file.roster));
  } catch {
    throw new DeskFailure("BUNDLE_MALFORMED", "not a Prevention Desk roster");
  }
  const signed = verifySignature(
    base64urlnopad.decode(file.signature),
    utf8.decode(file.roster),
    decodePublicKey(trusted.rosterKey),
  );
  if (!signed || roster.hub.fingerprint !== trusted.fingerprint)
    throw new DeskFailure(
      "ROSTER_UNTRUSTED",
      "The roster is not signed by this device's hub.",
    );
  if (roster.rosterVersion <= currentVersion)
    throw new DeskFailure(
      "ROSTER_NOT_NEWER",
      `version ${roster.rosterVersion}, this device has ${currentVersion}`,
    );
  for (const entry of roster.devices) readDeviceCard(entry.card);
  return roster;
}

export function rosterEntry(
  roster: Roster,
  deviceId: string,
): RosterEntry | undefined {
  return roster.devices.find((entry) => entry.card.deviceId === deviceId);
}

/** What `mayApply` needs about a sender, or undefined for a device the roster does not know. */
export function authorEntry(
  roster: Roster,
  deviceId: string,
): AuthorEntry | undefined {
  const entry = rosterEntry(roster, deviceId);
  if (!entry) return undefined;
  return {
    deviceId,
    role: entry.role,
    countries: entry.countries,
    replaces: entry.card.replaces ?? [],
    ...(entry.revoked
      ? { lastAcceptedSeq: entry.revoked.lastAcceptedSeq }
      : {}),
  };
}

/**
 * Who reads a stream besides the hub: the unrevoked regional staff of a country for
 * `country:` streams, the one device for `device:` streams, nobody else for `hub`.
 */
export function streamReaders(roster: Roster, stream: string): RosterEntry[] {
  return roster.devices.filter((entry) => {
    if (entry.revoked) return false;
    if (stream.startsWith("country:"))
      return (
        entry.role === "regional" &&
        entry.countries.some((country) => `country:${country}` === stream)
      );
    return stream === `device:${entry.card.deviceId}`;
  });
}

/**
 * The slice a device receives: the hub card, itself, its countries' regional staff, the hub
 * staff devices (whose receipts it must check), and revocations; regional staff also get the
 * devices of their countries, whose bundles they import.
 */
export function rosterSlice(roster: Roster, deviceId: string): Roster {
  const self = rosterEntry(roster, deviceId);
  const countries = new Set<string>(self?.countries ?? []);
  const readsCountries = self?.role === "regional";
  return {
    ...roster,
    sliceFor: deviceId,
    devices: roster.devices.filter(
      (entry) =>
        entry.card.deviceId === deviceId ||
        entry.revoked !== undefined ||
        entry.role === "hub" ||
        ((entry.role === "regional" || readsCountries) &&
          entry.countries.some((country) => countries.has(country))),
    ),
  };
}
