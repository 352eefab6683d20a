import { describe, expect, it } from "vitest";
import {
  mayApply,
  type AuthorEntry,
  type MayApply,
} from "../../../../shared/sync/may-apply";
import type { Entity, Op } from "../../../../shared/sync/op";

const op = (deviceId: string, stream: string, entity: Entity, seq = 1): Op => ({
  kind: "set",
  deviceId,
  stream,
  seq,
  hlc: "1763892000000:000000",
  entity,
  entityId: "e-1",
  set: { title: { value: "x", prev: [] } },
});
const field: AuthorEntry = {
  deviceId: "pd-field",
  role: "field",
  countries: ["ML"],
};
const regional: AuthorEntry = {
  deviceId: "pd-regional",
  role: "regional",
  countries: ["ML", "NE"],
};
const hub: AuthorEntry = { deviceId: "pd-hub", role: "hub", countries: [] };
const allowed = (result: MayApply) => result.ok;
/** Why an op was refused; empty when it was allowed. */
const reason = (result: MayApply) => (result.ok ? "" : result.reason);

describe("mayApply, field partners", () => {
  it("write observations, response-log entries and attachments in their country and the hub stream", () => {
    for (const entity of [
      "observation",
      "responseLogEntry",
      "attachment",
    ] as const)
      for (const stream of ["country:ML", "hub"])
        expect(
          allowed(mayApply(op("pd-field", stream, entity), field)),
          `${entity} ${stream}`,
        ).toBe(true);
  });
  it("may not write in another country's stream or a device stream", () => {
    expect(
      reason(mayApply(op("pd-field", "country:NE", "observation"), field)),
    ).toContain("country:NE");
    expect(
      allowed(
        mayApply(op("pd-field", "device:pd-other", "observation"), field),
      ),
    ).toBe(false);
  });
  it("change only observations they created", () => {
    expect(
      allowed(
        mayApply(op("pd-field", "country:ML", "observation"), field, {
          createdBy: "pd-field",
        }),
      ),
    ).toBe(true);
    expect(
      reason(
        mayApply(op("pd-field", "country:ML", "observation"), field, {
          createdBy: "pd-someone",
        }),
      ),
    ).toContain("created");
  });
  it("change the observations made under an id their device replaces (a restored backup, a fork)", () => {
    const moved: AuthorEntry = { ...field, replaces: ["pd-earlier"] };
    expect(
      allowed(
        mayApply(op("pd-field", "country:ML", "observation"), moved, {
          createdBy: "pd-earlier",
        }),
      ),
    ).toBe(true);
    expect(
      allowed(
        mayApply(op("pd-field", "country:ML", "observation"), moved, {
          createdBy: "pd-someone",
        }),
      ),
    ).toBe(false);
  });
});

describe("mayApply, meeting work", () => {
  const entities = [
    "meeting",
    "outcome",
    "contribution",
    "meetingInput",
    "interviewNote",
    "protectedName",
  ] as const;
  const writable = (author: AuthorEntry, stream: string) =>
    entities.filter((entity) =>
      allowed(mayApply(op(author.deviceId, stream, entity), author)),
    );

  it("field partners write contributions only, and change only their own", () => {
    expect(writable(field, "country:ML")).toEqual(["contribution"]);
    expect(
      reason(
        mayApply(op("pd-field", "country:ML", "contribution"), field, {
          createdBy: "pd-someone",
        }),
      ),
    ).toContain("contribution records they created");
  });
  it("regional staff write meetings and meeting input in their countries, not outcomes, notes or names", () => {
    expect(writable(regional, "country:NE")).toEqual([
      "meeting",
      "meetingInput",
    ]);
    expect(writable(regional, "country:BF")).toEqual([]);
  });
  it("hub staff write every kind but partners' contributions, interview notes only in the hub stream", () => {
    expect(writable(hub, "hub")).toEqual(
      entities.filter((entity) => entity !== "contribution"),
    );
    expect(writable(hub, "country:ML")).toEqual([
      "meeting",
      "outcome",
      "meetingInput",
    ]);
    expect(
      reason(mayApply(op("pd-hub", "country:ML", "interviewNote"), hub)),
    ).toContain("may not travel in country:ML");
  });
  it("the names directory reaches a regional device in its own stream, never a country stream", () => {
    expect(writable(hub, "device:pd-regional")).toContain("protectedName");
    expect(writable(hub, "device:pd-regional")).not.toContain("interviewNote");
    expect(writable(hub, "country:ML")).not.toContain("protectedName");
  });
});

describe("mayApply, regional staff", () => {
  it("record early action in their countries only", () => {
    expect(
      allowed(
        mayApply(op("pd-regional", "country:NE", "responseLogEntry"), regional),
      ),
    ).toBe(true);
    expect(
      allowed(
        mayApply(op("pd-regional", "country:BF", "responseLogEntry"), regional),
      ),
    ).toBe(false);
  });
  it("do not write observations", () => {
    expect(
      reason(
        mayApply(op("pd-regional", "country:ML", "observation"), regional),
      ),
    ).toContain("observation");
  });
});

describe("mayApply, hub staff", () => {
  it("record early action anywhere and reach single devices", () => {
    for (const stream of ["country:BF", "hub", "device:pd-field"])
      expect(
        allowed(mayApply(op("pd-hub", stream, "responseLogEntry"), hub)),
        stream,
      ).toBe(true);
  });
  it("do not rewrite a partner's observation", () => {
    expect(
      allowed(mayApply(op("pd-hub", "country:ML", "observation"), hub)),
    ).toBe(false);
  });
});

describe("mayApply, any role", () => {
  it("refuses an op checked against another device's roster entry", () => {
    expect(
      allowed(mayApply(op("pd-thief", "country:ML", "observation"), field)),
    ).toBe(false);
  });
  it("refuses a revoked device's ops after its last accepted seq, per stream", () => {
    const revoked = { ...field, lastAcceptedSeq: { "country:ML": 5 } };
    expect(
      allowed(
        mayApply(op("pd-field", "country:ML", "observation", 5), revoked),
      ),
    ).toBe(true);
    expect(
      reason(mayApply(op("pd-field", "country:ML", "observation", 6), revoked)),
    ).toContain("revoked");
    expect(
      allowed(mayApply(op("pd-field", "hub", "observation", 1), revoked)),
    ).toBe(false);
  });
});
