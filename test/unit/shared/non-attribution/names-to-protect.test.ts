import { describe, expect, it } from "vitest";
import { namesToProtect } from "../../../../shared/non-attribution/names-to-protect";
import { findProtectedNames } from "../../../../shared/non-attribution/protected-names";

describe("the names an export is checked against", () => {
  const names = namesToProtect({
    profile: { name: "Awa Traoré", organisation: "Association Tassaght" },
    directory: ["Moussa Diallo", " association tassaght ", "x"],
    interviewees: ["UNDP Mali office"],
    observations: [
      { actors: ["Katiba Serma"], affectedGroups: ["herders of Boni"] },
      { actors: null },
      {},
    ],
  });

  it("gathers the profile, the directory, interviewees and the observations' actors, each once", () => {
    expect(names).toEqual([
      "Association Tassaght",
      "UNDP Mali office",
      "herders of Boni",
      "Moussa Diallo",
      "Katiba Serma",
      "Awa Traoré",
    ]);
  });

  it("finds each of them in a draft", () => {
    const draft =
      "Awa Traore (association TASSAGHT) met the UNDP Mali office about Katiba Serma.";
    expect(findProtectedNames(draft, names).map((hit) => hit.name)).toEqual([
      "Awa Traoré",
      "Association Tassaght",
      "UNDP Mali office",
      "Katiba Serma",
    ]);
  });
});
