import { describe, expect, it } from "vitest";
import { exportReminderDays } from "../../../../shared/sync/export-reminder";

const NOW = new Date("2026-11-23T10:00:00.000Z");

describe("the weekly export reminder", () => {
  it("is due a week after the last export, and says how long it has been", () => {
    expect(
      exportReminderDays(
        {
          keysCreatedAt: "2026-10-01T00:00:00.000Z",
          lastExportAt: "2026-11-20T10:00:00.000Z",
        },
        NOW,
      ),
    ).toBeNull();
    expect(
      exportReminderDays(
        {
          keysCreatedAt: "2026-10-01T00:00:00.000Z",
          lastExportAt: "2026-11-16T10:00:00.000Z",
        },
        NOW,
      ),
    ).toBe(7);
  });
  it("counts from the keys before the first export, and says nothing without keys", () => {
    expect(
      exportReminderDays(
        { keysCreatedAt: "2026-11-01T10:00:00.000Z", lastExportAt: null },
        NOW,
      ),
    ).toBe(22);
    expect(
      exportReminderDays({ keysCreatedAt: null, lastExportAt: null }, NOW),
    ).toBeNull();
  });
});
