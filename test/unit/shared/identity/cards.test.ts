import { describe, expect, it } from "vitest";
import {
  deviceCard,
  hubCard,
  readDeviceCard,
  readHubCard,
} from "../../../../shared/identity/cards";

const signingKey = "FLqF0Hiv75htxMXHAgF_i1eMl5m7I8J7L05DsPoIceY";
const recipient =
  "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p";
const other = "age1lggyhqrw2nlhcxprm67z43rta597azn8gknawjehu9d9dl0jq3yqqvfafg";

describe("cards", () => {
  it("read back a device card whose id and fingerprint follow from its keys", () => {
    const card = deviceCard(signingKey, recipient);
    expect(readDeviceCard(JSON.parse(JSON.stringify(card)))).toEqual(card);
    expect(card.fingerprint).not.toBe(
      deviceCard(signingKey, other).fingerprint,
    );
  });
  it("bind the ids a device replaces into its fingerprint", () => {
    const earlier = `pd${"ab".repeat(16)}`;
    const card = deviceCard(signingKey, recipient, [earlier]);
    expect(readDeviceCard(JSON.parse(JSON.stringify(card)))).toEqual(card);
    expect(card.fingerprint).not.toBe(
      deviceCard(signingKey, recipient).fingerprint,
    );
    // Claiming to replace another device under the same fingerprint is refused.
    expect(() =>
      readDeviceCard({ ...card, replaces: [`pd${"cd".repeat(16)}`] }),
    ).toThrow("fingerprint");
    expect(() =>
      readDeviceCard({
        ...deviceCard(signingKey, recipient),
        replaces: [earlier],
      }),
    ).toThrow("fingerprint");
  });
  it("refuse a device card whose keys were swapped under its fingerprint", () => {
    const card = { ...deviceCard(signingKey, recipient), recipient: other };
    expect(() => readDeviceCard(card)).toThrow("fingerprint");
  });
  it("refuse a card with a member the format does not define, or the wrong kind", () => {
    expect(() =>
      readDeviceCard({ ...deviceCard(signingKey, recipient), name: "Aminata" }),
    ).toThrow("not a device card");
    expect(() =>
      readDeviceCard(hubCard("https://hub.example.org", recipient, signingKey)),
    ).toThrow("not a device card");
  });
  it("bind the hub URL into the hub card's fingerprint", () => {
    const card = hubCard("https://hub.example.org", recipient, signingKey);
    expect(readHubCard(card)).toEqual(card);
    expect(() =>
      readHubCard({ ...card, hubUrl: "https://evil.example.org" }),
    ).toThrow("fingerprint");
  });
});
