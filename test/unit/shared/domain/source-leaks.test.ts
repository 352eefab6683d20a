import { describe, expect, it } from "vitest";
import type { ObservationValues } from "../../../../shared/domain/observation";
import {
  findSourceLeaks,
  type SharedTextField,
} from "../../../../shared/domain/source-leaks";

const source = { name: "Aïssata Traoré", contact: "+223 76 12 34 56" };

/** Shared text that names nobody. */
const clean: ObservationValues = {
  title: "Clashes near the cattle market",
  description: "Two armed groups clashed at dawn; the market closed early.",
  actors: ["armed group", "local militia"],
  affectedGroups: ["herders", "traders"],
  tags: ["market", "rainy-season"],
  suggestedAction: "Send a joint assessment team.",
  adminArea: "Mopti",
  locality: "Sévaré",
};

/** One value per shared field with `text` in it, in the field's own shape. */
const placing: Record<SharedTextField, (text: string) => ObservationValues> = {
  title: (text) => ({ title: `Report from ${text}` }),
  description: (text) => ({ description: `As ${text} told us, it began.` }),
  actors: (text) => ({ actors: ["armed group", `${text} and family`] }),
  affectedGroups: (text) => ({ affectedGroups: ["herders", text] }),
  tags: (text) => ({ tags: ["market", text] }),
  suggestedAction: (text) => ({ suggestedAction: `Call ${text} again.` }),
  adminArea: (text) => ({ adminArea: text }),
  locality: (text) => ({ locality: `Near ${text}` }),
};
const FIELDS = Object.keys(placing) as SharedTextField[];

describe("findSourceLeaks", () => {
  it("finds nothing when the source is not named", () => {
    expect(findSourceLeaks(clean, source)).toEqual([]);
    expect(findSourceLeaks({}, source)).toEqual([]);
  });

  it.each(FIELDS.map((field) => [field]))(
    "finds the name in %s, ignoring case and accents",
    (field: SharedTextField) => {
      for (const written of [
        "Aïssata Traoré",
        "aissata traore",
        "AISSATA TRAORE",
        "AÏSSATA TRAORÉ",
      ]) {
        expect(
          findSourceLeaks({ ...clean, ...placing[field](written) }, source),
        ).toEqual([field]);
      }
    },
  );

  it.each(FIELDS.map((field) => [field]))(
    "finds the contact in %s",
    (field: SharedTextField) => {
      expect(
        findSourceLeaks(
          { ...clean, ...placing[field]("+223 76 12 34 56") },
          source,
        ),
      ).toEqual([field]);
    },
  );

  it("finds a name written with accents that the source left out", () => {
    expect(
      findSourceLeaks(
        { description: "Séydou Koné said so." },
        { name: "Seydou Kone", contact: "" },
      ),
    ).toEqual(["description"]);
  });

  it("lists every field that names the source, in field order", () => {
    const values: ObservationValues = {
      ...clean,
      locality: "traoré",
      title: "Aïssata Traoré reports",
      tags: ["aissata-traore"],
    };
    expect(
      findSourceLeaks(values, { name: "Traoré", contact: "nobody@x" }),
    ).toEqual(["title", "tags", "locality"]);
    expect(
      findSourceLeaks(values, { name: "aissata-traore", contact: "" }),
    ).toEqual(["tags"]);
  });

  it("ignores names and contacts shorter than 3 characters, even when they appear", () => {
    const values: ObservationValues = {
      title: "Al reports from KA market",
      description: "Al and Ka were there.",
    };
    expect(findSourceLeaks(values, { name: "Al", contact: "Ka" })).toEqual([]);
    expect(findSourceLeaks(values, { name: "  Al  ", contact: " " })).toEqual(
      [],
    );
    expect(findSourceLeaks(values, { name: "", contact: "" })).toEqual([]);
    // Three characters are enough.
    expect(
      findSourceLeaks(
        { title: "Ali reports", description: "Ali was there." },
        { name: " Ali ", contact: "" },
      ),
    ).toEqual(["title", "description"]);
  });

  it("trims the name before looking for it", () => {
    expect(
      findSourceLeaks(
        { title: "Report by Traoré." },
        { name: "  Traoré\n", contact: "" },
      ),
    ).toEqual(["title"]);
  });

  it("uses the contact when the name is too short", () => {
    expect(
      findSourceLeaks(
        { suggestedAction: "Call 76 12 34 56 again." },
        { name: "A", contact: "76 12 34 56" },
      ),
    ).toEqual(["suggestedAction"]);
  });

  it("does not report a name that only resembles one in the text", () => {
    expect(
      findSourceLeaks(
        { title: "Traore", description: "Aïssa Touré" },
        { name: "Aïssata Traoré", contact: "aissata@example.org" },
      ),
    ).toEqual([]);
  });

  it("does not look at fields that stay on the device or are not text", () => {
    expect(
      findSourceLeaks(
        {
          country: "ML",
          category: "armed-groups",
          indicators: ["armed-groups.clashes"],
        },
        { name: "armed-groups", contact: "" },
      ),
    ).toEqual([]);
  });
});
