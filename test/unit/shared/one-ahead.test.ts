import { describe, expect, it } from "vitest";
import { oneAhead } from "../../../shared/one-ahead";

/** Records the order in which stages start and end. */
function recorder() {
  const events: string[] = [];
  const tick = () => new Promise((resolve) => setTimeout(resolve, 1));
  return {
    events,
    open: async (item: string) => {
      events.push(`open ${item}`);
      await tick();
      events.push(`opened ${item}`);
      return item === "bad" ? null : item.toUpperCase();
    },
    use: async (opened: string) => {
      events.push(`use ${opened}`);
      await tick();
      await tick();
      events.push(`used ${opened}`);
      return opened !== "STOP";
    },
  };
}

describe("oneAhead", () => {
  it("uses every item in order, opening the next while the current one is used", async () => {
    const { events, open, use } = recorder();
    await oneAhead(["a", "b", "c"], open, use);
    expect(events.filter((event) => event.startsWith("use "))).toEqual([
      "use A",
      "use B",
      "use C",
    ]);
    // b is opened while A is in use: it starts before A's use ends, and ends before it.
    expect(events.indexOf("open b")).toBeLessThan(events.indexOf("used A"));
    expect(events.indexOf("opened b")).toBeLessThan(events.indexOf("used A"));
    expect(events.indexOf("opened a")).toBeLessThan(events.indexOf("open b"));
  });

  it("stops at an item that does not open, after using the ones before it", async () => {
    const { events, open, use } = recorder();
    await oneAhead(["a", "bad", "c"], open, use);
    expect(events).toContain("used A");
    expect(events).not.toContain("open c");
  });

  it("stops after an item its use says to stop at", async () => {
    const { events, open, use } = recorder();
    await oneAhead(["a", "stop", "c", "d"], open, use);
    expect(events).toContain("used STOP");
    expect(events).not.toContain("use C");
    expect(events).not.toContain("open d");
  });

  it("passes on a failure to use an item, and uses nothing after it", async () => {
    const { events, open } = recorder();
    await expect(
      oneAhead(["a", "b"], open, (opened) => {
        events.push(`use ${opened}`);
        return Promise.reject(new Error(`cannot use ${opened}`));
      }),
    ).rejects.toThrow("cannot use A");
    expect(events).not.toContain("use B");
  });

  it("does nothing for no items", async () => {
    const { events, open, use } = recorder();
    await oneAhead([], open, use);
    expect(events).toEqual([]);
  });
});
