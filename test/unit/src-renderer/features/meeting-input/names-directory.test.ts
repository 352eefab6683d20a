import { describe, expect, it } from "vitest";
import { isListed } from "../../../../../src-renderer/features/meeting-input/names-directory";

describe("the names directory", () => {
  const entries = [
    { values: { name: "Réseau Paix Mopti" } },
    { values: { name: "Amadou Cissé" } },
  ];

  it("knows a name it lists whatever its case, accents, spacing or punctuation", () => {
    expect(isListed("reseau paix  MOPTI", entries)).toBe(true);
    expect(isListed("Amadou-Cisse", entries)).toBe(true);
  });

  it("does not know other names, nor an empty one", () => {
    expect(isListed("Réseau Paix Gao", entries)).toBe(false);
    expect(isListed("  ", entries)).toBe(false);
  });
});
