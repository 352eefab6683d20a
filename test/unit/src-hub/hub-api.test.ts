import { ed25519 } from "@noble/curves/ed25519.js";
import { base64urlnopad } from "@scure/base";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signReceipt } from "../../../shared/bundle/receipt";
import { verifyBundle } from "../../../shared/bundle/bundle";
import {
  enrolmentProof,
  enrolmentToken,
  tokenGrantMessage,
  tokenHash,
} from "../../../shared/identity/enrolment";
import { signRequest } from "../../../shared/hub/request-signing";
import {
  makeDevice,
  corpusOpsByStream,
  type TestDevice,
} from "../../support/bundles/devices";
import { AT, makeHub, type TestHub } from "../../support/bundles/installs";
import { sealFor } from "../../support/bundles/seal";
import { BACKENDS } from "../../support/hub/backends";
import {
  cardOf,
  clientFor,
  refusal,
  entryOf,
  rosterFiles,
  signerOf,
  startHubService,
  type RunningHub,
} from "../../support/hub/hub-service";

const itemCount = async (running: RunningHub) =>
  Number(
    (
      await running.db.query<{ n: string }>(
        "SELECT count(*)::text AS n FROM items",
      )
    )[0]?.n,
  );

describe.each(BACKENDS)("hub service API on $name", (backend) => {
  let running: RunningHub;
  let hub: TestHub;
  let admin: TestDevice;
  let field: TestDevice;
  let stranger: TestDevice;
  let fieldBundle: Uint8Array;
  let forkedBundle: Uint8Array;
  const hubRecipient = () => ({ recipient: hub.card.recipient });

  const grant = (secret: string, expiresAt = "2099-01-01T00:00:00.000Z") => {
    const hash = tokenHash(enrolmentToken(secret));
    return {
      tokenHash: hash,
      expiresAt,
      signature: base64urlnopad.encode(
        hub.signAsRosterKey(tokenGrantMessage(hash, expiresAt)),
      ),
    };
  };

  beforeAll(async () => {
    hub = await makeHub();
    [admin, field, stranger] = await Promise.all([
      makeDevice(),
      makeDevice(),
      makeDevice(),
    ]);
    running = await startHubService(backend, { hub });
    const ops = [...corpusOpsByStream(field, 20).values()][0] ?? [];
    fieldBundle = await sealFor(field, hubRecipient(), ops);
    // The same seqs with other content: a copied data folder that went on writing.
    forkedBundle = await sealFor(
      field,
      hubRecipient(),
      (corpusOpsByStream(field, 20, 2).get(ops[0]?.stream ?? "") ?? []).slice(
        0,
        ops.length,
      ),
    );
    await clientFor(running.url, admin).publishRoster(
      ...(Object.values(
        rosterFiles(hub, 1, [
          entryOf(admin, "hub"),
          entryOf(field, "field", ["ML"]),
        ]),
      ) as [string, string[]]),
    );
  }, 60_000);
  afterAll(async () => {
    await running.close();
  });

  it("answers /v1/health, initialised", async () => {
    expect(await clientFor(running.url, null).health()).toEqual({
      status: "ok",
      initialised: true,
    });
  });

  it("stores a bundle once: the same bytes again are the same item, other bytes for the range are a fork", async () => {
    const client = clientFor(running.url, field);
    const first = await client.upload(fieldBundle);
    expect(first.duplicate).toBe(false);
    expect(await client.upload(fieldBundle)).toEqual({
      id: first.id,
      duplicate: true,
    });
    const before = await itemCount(running);
    expect(await refusal(client.upload(forkedBundle))).toBe("SEQ_FORK");
    expect(await itemCount(running)).toBe(before);
  });

  it("lists and hands a bundle to its recipients only, byte for byte", async () => {
    const adminClient = clientFor(running.url, admin);
    const { items } = await adminClient.inbox("0");
    const item = items.find((entry) => entry.kind === "ops");
    expect(item).toMatchObject({
      senderId: field.deviceId,
      bodySha256: verifyBundle(fieldBundle).header.bodySha256,
      size: fieldBundle.length,
    });
    expect(await adminClient.item(item?.id ?? "")).toEqual(fieldBundle);
    // Not addressed to the field device (it sent it): neither listed nor handed over.
    expect((await clientFor(running.url, field).inbox("0")).items).toEqual([]);
    expect(
      await refusal(clientFor(running.url, field).item(item?.id ?? "")),
    ).toBe("UNAVAILABLE");
  });

  it("takes a receipt only from the hub staff device that signed it, for stored bundles, and delivers it", async () => {
    const { header } = verifyBundle(fieldBundle);
    const receipt = (bodySha256: string) =>
      signReceipt(
        {
          kind: "prevention-desk/receipt",
          version: 1,
          issuedAt: AT.toISOString(),
          deviceId: field.deviceId,
          stream: header.stream,
          ranges: [
            { seqFirst: header.seqFirst, seqLast: header.seqLast, bodySha256 },
          ],
        },
        { publicKey: admin.publicKey, sign: signerOf(admin).sign },
      );
    const adminClient = clientFor(running.url, admin);
    expect(
      await refusal(adminClient.sendReceipt(receipt("0".repeat(64)))),
    ).toBe("RECEIPT_NOT_STORED");
    const text = receipt(header.bodySha256);
    expect(await refusal(clientFor(running.url, field).sendReceipt(text))).toBe(
      "UNAUTHORIZED",
    );
    await adminClient.sendReceipt(text);
    const { items } = await clientFor(running.url, field).inbox("0");
    expect(items.map((item) => item.kind)).toEqual(["receipt"]);
    expect(
      new TextDecoder().decode(
        await clientFor(running.url, field).item(items[0]?.id ?? ""),
      ),
    ).toBe(text);
  });

  it("enrols with a token the admin uploaded, once; queues the device until a roster lists it", async () => {
    const secret = base64urlnopad.encode(ed25519.utils.randomSecretKey());
    const newcomer = await makeDevice();
    const enrol = (device: TestDevice, withSecret: string) =>
      clientFor(running.url, null).enrol({
        token: enrolmentToken(withSecret),
        deviceCard: cardOf(device),
        proof: enrolmentProof(withSecret, cardOf(device)),
      });
    expect(await refusal(enrol(newcomer, secret))).toBe("ENROL_TOKEN_UNKNOWN");
    await clientFor(running.url, admin).uploadTokens([grant(secret)]);
    await enrol(newcomer, secret);
    // A retry after a lost answer is fine; another device with the same token is not.
    await enrol(newcomer, secret);
    expect(await refusal(enrol(stranger, secret))).toBe("ENROL_TOKEN_UNKNOWN");

    const newClient = clientFor(running.url, newcomer);
    expect(await refusal(newClient.inbox("0"))).toBe("DEVICE_QUEUED");
    expect(await newClient.roster(0)).toBeNull();
    const { queued } = await clientFor(running.url, admin).enrolments();
    expect(queued).toEqual([
      expect.objectContaining({
        deviceCard: cardOf(newcomer),
        tokenHash: tokenHash(enrolmentToken(secret)),
        proof: enrolmentProof(secret, cardOf(newcomer)),
      }),
    ]);

    const files = rosterFiles(hub, 2, [
      entryOf(admin, "hub"),
      entryOf(field, "field", ["ML"]),
      entryOf(newcomer, "field", ["NE"]),
    ]);
    await clientFor(running.url, admin).publishRoster(
      files.roster,
      files.slices,
    );
    const slice = await newClient.roster(0);
    expect(
      JSON.parse((JSON.parse(slice ?? "{}") as { roster: string }).roster),
    ).toMatchObject({
      rosterVersion: 2,
      sliceFor: newcomer.deviceId,
    });
    expect(await newClient.roster(2)).toBeNull();
    expect((await clientFor(running.url, admin).enrolments()).queued).toEqual(
      [],
    );
    expect((await newClient.inbox("0")).items).toEqual([]);
  });

  it("refuses enrolment tokens not signed with the roster key, and from devices that are not hub staff", async () => {
    const forged = {
      ...grant("x".repeat(43)),
      signature: base64urlnopad.encode(new Uint8Array(64)),
    };
    expect(
      await refusal(clientFor(running.url, admin).uploadTokens([forged])),
    ).toBe("UNAUTHORIZED");
    expect(
      await refusal(
        clientFor(running.url, field).uploadTokens([grant("y".repeat(43))]),
      ),
    ).toBe("UNAUTHORIZED");
  });

  it("refuses an unknown device, a wrong signature and a replayed request", async () => {
    expect(await refusal(clientFor(running.url, stranger).inbox("0"))).toBe(
      "DEVICE_UNKNOWN",
    );
    const impostor = {
      deviceId: field.deviceId,
      sign: signerOf(stranger).sign,
    };
    const before = await itemCount(running);
    const post = (headers: Record<string, string>) =>
      fetch(`${running.url}/v1/bundles`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/octet-stream" },
        body: fieldBundle,
      });
    const wrong = await post(
      signRequest(impostor, "POST", "/v1/bundles", fieldBundle, new Date()),
    );
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ code: "SIGNATURE_INVALID" });
    const headers = signRequest(
      signerOf(field),
      "POST",
      "/v1/bundles",
      fieldBundle,
      new Date(),
    );
    expect((await post(headers)).status).toBe(200);
    const replayed = await post(headers);
    expect(replayed.status).toBe(409);
    expect(await replayed.json()).toMatchObject({ code: "REQUEST_REPLAYED" });
    expect(await itemCount(running)).toBe(before);
  });

  it("answers a skewed clock with CLOCK_SKEW and its time; the client signs again and succeeds", async () => {
    const late = new Date(Date.now() - 3_600_000);
    const answer = await fetch(`${running.url}/v1/inbox?after=0`, {
      headers: signRequest(
        signerOf(field),
        "GET",
        "/v1/inbox?after=0",
        new Uint8Array(),
        late,
      ),
    });
    expect(answer.status).toBe(401);
    const body = (await answer.json()) as { code: string; serverTime: string };
    expect(body.code).toBe("CLOCK_SKEW");
    expect(Math.abs(Date.parse(body.serverTime) - Date.now())).toBeLessThan(
      60_000,
    );
    const skewed = clientFor(running.url, field, {
      now: () => new Date(Date.now() - 3_600_000),
    });
    expect((await skewed.inbox("0")).items.length).toBe(1);
  });

  it("refuses a body over the limit, and a device's upload of another device's bundle", async () => {
    const before = await itemCount(running);
    const huge = new Uint8Array(3 * 1024 * 1024);
    huge.set(fieldBundle);
    expect(await refusal(clientFor(running.url, field).upload(huge))).toBe(
      "BUNDLE_TOO_LARGE",
    );
    const other = await makeDevice();
    const othersBundle = await sealFor(
      other,
      hubRecipient(),
      [...corpusOpsByStream(other, 2).values()][0] ?? [],
    );
    expect(
      await refusal(clientFor(running.url, field).upload(othersBundle)),
    ).toBe("UNAUTHORIZED");
    // Hub staff relay only bundles of devices the service knows.
    expect(
      await refusal(clientFor(running.url, admin).upload(othersBundle)),
    ).toBe("BUNDLE_UNKNOWN_SENDER");
    expect(await itemCount(running)).toBe(before);
  });

  it("blocks a device at once; a roster that revokes a device blocks it too", async () => {
    const victim = await makeDevice();
    const revoked = await makeDevice();
    const files = rosterFiles(hub, 3, [
      entryOf(admin, "hub"),
      entryOf(field, "field", ["ML"]),
      entryOf(victim, "field", ["ML"]),
      entryOf(revoked, "field", ["ML"], {
        revoked: { at: "2026-05-03T09:00:00.000Z", lastAcceptedSeq: {} },
      }),
    ]);
    const adminClient = clientFor(running.url, admin);
    await adminClient.publishRoster(files.roster, files.slices);
    expect((await clientFor(running.url, victim).inbox("0")).items).toEqual([]);
    await adminClient.block(victim.deviceId);
    const before = await itemCount(running);
    const victimBundle = await sealFor(
      victim,
      hubRecipient(),
      [...corpusOpsByStream(victim, 2).values()][0] ?? [],
    );
    const blocked = clientFor(running.url, victim).upload(victimBundle);
    await expect(blocked).rejects.toThrow(/blocked on \d{4}-\d\d-\d\d/);
    expect(
      await refusal(clientFor(running.url, victim).upload(victimBundle)),
    ).toBe("DEVICE_BLOCKED");
    expect(await refusal(clientFor(running.url, revoked).inbox("0"))).toBe(
      "DEVICE_BLOCKED",
    );
    expect(await itemCount(running)).toBe(before);
    expect((await adminClient.devices()).devices).toContainEqual({
      deviceId: victim.deviceId,
      status: "blocked",
      blockedAt: expect.any(String) as unknown,
    });
    // An older roster is refused: the service keeps the newest.
    const stale = rosterFiles(hub, 3, [entryOf(admin, "hub")]);
    expect(
      await refusal(adminClient.publishRoster(stale.roster, stale.slices)),
    ).toBe("ROSTER_NOT_NEWER");
  });

  it("takes a roster only from a hub staff device of that roster, signed with the roster key", async () => {
    const other = await makeHub();
    const foreign = rosterFiles({ ...other, card: hub.card }, 9, [
      entryOf(admin, "hub"),
    ]);
    expect(
      await refusal(
        clientFor(running.url, admin).publishRoster(foreign.roster, []),
      ),
    ).toBe("ROSTER_UNTRUSTED");
    const files = rosterFiles(hub, 9, [
      entryOf(admin, "hub"),
      entryOf(field, "field", ["ML"]),
    ]);
    expect(
      await refusal(
        clientFor(running.url, field).publishRoster(files.roster, files.slices),
      ),
    ).toBe("UNAUTHORIZED");
  });
});
