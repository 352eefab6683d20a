import { describe, expect, it } from "vitest";
import { roleChoiceSchema } from "../../../../shared/domain/settings";

describe("role choice", () => {
  it.each([
    [{ role: "field", countries: ["ML"] }, true],
    [{ role: "field", countries: [] }, false],
    [{ role: "field", countries: ["ML", "NE"] }, false],
    [{ role: "regional", countries: ["ML", "NE", "BF"] }, true],
    [{ role: "regional", countries: [] }, false],
    [{ role: "hub", countries: [] }, true],
    [{ role: "hub", countries: ["ML"] }, false],
    [{ role: "field", countries: ["XX"] }, false],
    [{ role: "admin", countries: [] }, false],
  ])("%j is %s", (choice, valid) => {
    expect(roleChoiceSchema.safeParse(choice).success).toBe(valid);
  });

  it("says what is wrong with the countries", () => {
    const result = roleChoiceSchema.safeParse({
      role: "field",
      countries: ["ML", "NE"],
    });
    expect(result.error?.issues[0]).toMatchObject({
      path: ["countries"],
      message: "A field partner covers exactly one country; 2 given.",
    });
  });
});
