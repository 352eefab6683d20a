import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import {
  browserArguments,
  openInBrowser,
} from "../../../../src-main/launch/browser-process";
import { findBrowser } from "../../../../src-main/launch/find-browser";
import { parseStartOptions } from "../../../../src-main/launch/start-options";

describe("npm start options", () => {
  it("reads --browser, --data and --headless", () => {
    expect(parseStartOptions([])).toEqual({
      browser: false,
      dataDir: null,
      headless: false,
    });
    expect(parseStartOptions(["--browser", "--data", "field-install"])).toEqual(
      {
        browser: true,
        dataDir: resolve("field-install"),
        headless: false,
      },
    );
    expect(parseStartOptions(["--headless"])).toMatchObject({
      browser: true,
      headless: true,
    });
  });

  it("refuses unknown options and stray words", () => {
    expect(() => parseStartOptions(["--brwoser"])).toThrow(/brwoser/);
    expect(() => parseStartOptions(["now"])).toThrow();
  });
});

describe("finding a Chromium-family browser", () => {
  const folder = mkdtempSync(join(tmpdir(), "pd-browsers-"));
  const chrome = join(folder, "google-chrome");
  writeFileSync(chrome, "#!/bin/sh\n");
  chmodSync(chrome, 0o755);

  it("takes PREVENTION_DESK_BROWSER first, and only if it exists", () => {
    expect(
      findBrowser({ PREVENTION_DESK_BROWSER: chrome, PATH: "" }, "linux"),
    ).toBe(chrome);
    expect(
      findBrowser(
        { PREVENTION_DESK_BROWSER: join(folder, "none"), PATH: folder },
        "linux",
      ),
    ).toBeNull();
  });

  it("looks on the PATH for the usual names on Linux", () => {
    expect(findBrowser({ PATH: folder }, "linux")).toMatch(
      /(chromium|chromium-browser|google-chrome)$/,
    );
  });
});

describe("browser window arguments", () => {
  const options = {
    browserPath: "/usr/bin/chromium",
    dataDir: "/data",
    pageUrl: "http://127.0.0.1:4000/#desk=s",
  };

  it("opens an app window with its own profile in the data folder and no background traffic", () => {
    const args = browserArguments(
      { ...options, headless: false, devtools: false },
      false,
    );
    expect(args).toContain("--user-data-dir=/data/browser-profile");
    expect(args).toContain("--app=http://127.0.0.1:4000/#desk=s");
    expect(args).toContain("--disable-background-networking");
    expect(args).not.toContain("--no-sandbox");
    expect(args.some((arg) => arg.startsWith("--remote-debugging"))).toBe(
      false,
    );
  });

  it("offers DevTools only when asked, for tests, and drops the sandbox only as root", () => {
    const args = browserArguments(
      { ...options, headless: true, devtools: true },
      true,
    );
    expect(args).toEqual(
      expect.arrayContaining([
        "--headless",
        "--remote-debugging-port=0",
        "--no-sandbox",
      ]),
    );
    const quiet = browserArguments(
      { ...options, headless: true, devtools: false },
      false,
    );
    expect(quiet).toContain("--headless");
    expect(quiet.some((arg) => arg.startsWith("--remote-debugging"))).toBe(
      false,
    );
  });
});

describe("opening an allowed link in the browser shell", () => {
  it("hands the link to the browser with the app's own profile, after --", async () => {
    const folder = mkdtempSync(join(tmpdir(), "pd-open-"));
    const browser = join(folder, "fake-browser");
    const record = join(folder, "args.txt");
    writeFileSync(browser, `#!/bin/sh\necho "$@" > ${record}\n`);
    chmodSync(browser, 0o755);
    await openInBrowser(browser, "/data", "https://quno.org/");
    // The shell writes the file in more than one step: wait for the whole line.
    await vi.waitFor(() => {
      expect(existsSync(record) ? readFileSync(record, "utf8") : null).toBe(
        "--user-data-dir=/data/browser-profile -- https://quno.org/\n",
      );
    });
  });
});
