import { spawn, type ChildProcess } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CHROMIUM } from "./support/desk-app";

const env = {
  ...process.env,
  PREVENTION_DESK_BROWSER: CHROMIUM,
  PREVENTION_DESK_DEVTOOLS: "1",
};

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs a command in its own process group, as a terminal would, collecting what it prints. */
function run(
  command: string,
  args: string[],
  extraEnv: NodeJS.ProcessEnv = {},
): Started {
  const child = spawn(command, args, {
    env: { ...env, ...extraEnv },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", resolve),
  );
  return { child, output: () => output, exited };
}

async function waitFor<T>(
  what: string,
  probe: () => T | undefined,
  timeoutMs = 45_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** `npm start -- --browser --headless --data DIR`, connected to its window over DevTools. */
async function startShell(dataDir: string) {
  const shell = run("npm", [
    "start",
    "--",
    "--browser",
    "--headless",
    "--data",
    dataDir,
  ]);
  const devtools = await waitFor(
    "the DevTools line",
    () => /DevTools: (ws:\S+)/.exec(shell.output())?.[1],
  );
  const browser = await chromium.connectOverCDP(devtools);
  const page = await waitFor("the app page", () =>
    browser
      .contexts()
      .flatMap((context) => context.pages())
      .find((p) => p.url().startsWith("http://127.0.0.1:")),
  );
  const stop = async () => {
    await browser.close();
    process.kill(-(shell.child.pid ?? 0), "SIGINT"); // Ctrl+C in the terminal
    return shell.exited;
  };
  return { shell, page, stop };
}

async function onboardAsHub(page: Page) {
  await page
    .getByRole("heading", { name: "Welcome to Prevention Desk" })
    .waitFor();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel("Your name").fill("Maria Lopez");
  await page.getByLabel("Organisation").fill("Hub team");
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("radio", { name: "Hub staff (New York)" }).check();
  await page
    .getByRole("button", { name: "Start using Prevention Desk" })
    .click();
  await page.getByRole("heading", { name: "Welcome, Maria Lopez" }).waitFor();
}

describe("npm start in the browser shell", () => {
  it(
    "opens the first screen, and what was entered survives a restart",
    { timeout: 120_000 },
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), "pd-start-"));
      const first = await startShell(dataDir);
      const origin = new URL(first.page.url()).origin;
      expect(first.shell.output()).toContain(
        `running at ${origin}/ with data in ${dataDir}`,
      );
      await first.page
        .getByText(
          "Browser shell: Prevention Desk is running in a browser window",
        )
        .waitFor();
      await onboardAsHub(first.page);
      await first.page
        .getByRole("navigation")
        .getByRole("button", { name: "Settings" })
        .click();
      const created = await first.page
        .getByRole("row", { name: /Local database created/ })
        .innerText();
      await first.stop();

      const folder = JSON.parse(
        readFileSync(join(dataDir, "prevention-desk.json"), "utf8"),
      ) as { mode: string; port: number };
      expect(folder).toMatchObject({
        mode: "browser",
        port: Number(new URL(origin).port),
      });

      const second = await startShell(dataDir);
      try {
        expect(new URL(second.page.url()).origin).toBe(origin);
        await second.page
          .getByRole("heading", { name: "Welcome, Maria Lopez" })
          .waitFor();
        await second.page
          .getByRole("navigation")
          .getByRole("button", { name: "Settings" })
          .click();
        // The same IndexedDB: it still knows when it was first opened.
        expect(
          await second.page
            .getByRole("row", { name: /Local database created/ })
            .innerText(),
        ).toBe(created);
      } finally {
        await second.stop();
      }
    },
  );

  it("refuses to take another port when the data folder's port is busy", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "pd-start-busy-"));
    const blocker = createServer();
    await new Promise<void>((resolve) =>
      blocker.listen(0, "127.0.0.1", resolve),
    );
    const port = (blocker.address() as { port: number }).port;
    writeFileSync(
      join(dataDir, "prevention-desk.json"),
      JSON.stringify({
        mode: "browser",
        port,
        createdAt: "2026-11-01T00:00:00.000Z",
      }),
    );
    try {
      const shell = run(process.execPath, [
        "out/main/start.js",
        "--browser",
        "--headless",
        "--data",
        dataDir,
      ]);
      expect(await shell.exited).toBe(1);
      expect(shell.output()).toContain(
        `Port ${port} on 127.0.0.1 belongs to this data folder`,
      );
      expect(shell.output()).toContain("is in use");
    } finally {
      blocker.close();
    }
  });

  it("never switches a data folder made by the installed app to the browser shell", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "pd-start-electron-"));
    writeFileSync(
      join(dataDir, "prevention-desk.json"),
      JSON.stringify({
        mode: "electron",
        createdAt: "2026-11-01T00:00:00.000Z",
      }),
    );
    const shell = run(process.execPath, [
      "out/main/start.js",
      "--browser",
      "--data",
      dataDir,
    ]);
    expect(await shell.exited).toBe(1);
    expect(shell.output()).toContain("belongs to the installed app");
  });

  it("says what to install when neither Electron nor a Chromium-family browser is there", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "pd-start-none-"));
    const shell = run(
      process.execPath,
      ["out/main/start.js", "--browser", "--data", dataDir],
      {
        PREVENTION_DESK_BROWSER: join(dataDir, "no-such-browser"),
      },
    );
    expect(await shell.exited).toBe(1);
    expect(shell.output()).toContain("is not an executable file");
  });

  it("says why when the browser cannot show the window, instead of exiting silently", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "pd-start-nodisplay-"));
    const browser = join(dataDir, "browser-without-display");
    writeFileSync(
      browser,
      '#!/bin/sh\necho "The platform failed to initialize." >&2\nexit 1\n',
    );
    chmodSync(browser, 0o755);
    const shell = run(
      process.execPath,
      ["out/main/start.js", "--browser", "--data", dataDir],
      {
        PREVENTION_DESK_BROWSER: browser,
      },
    );
    expect(await shell.exited).toBe(1);
    expect(shell.output()).toContain(
      "could not show the app window (it exited with code 1",
    );
    expect(shell.output()).toContain("The platform failed to initialize.");
  });

  it("shows the usage for an unknown option", async () => {
    const shell = run(process.execPath, ["out/main/start.js", "--brwoser"]);
    expect(await shell.exited).toBe(2);
    expect(shell.output()).toContain("Usage: npm start");
  });

  it("starts Electron with the data folder when its binary is there", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "pd-start-electron-ok-"));
    const dist = fakeElectron(dataDir);
    const shell = run(
      process.execPath,
      ["out/main/start.js", "--data", dataDir],
      {
        ELECTRON_OVERRIDE_DIST_PATH: dist,
      },
    );
    expect(await shell.exited).toBe(0);
    expect(readFileSync(join(dist, "args.txt"), "utf8").trim()).toBe(
      `${process.cwd()} --data ${dataDir}`,
    );
  });

  it("keeps a browser-shell data folder in the browser shell even when Electron works, and says how to move", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "pd-start-keep-"));
    writeFileSync(
      join(dataDir, "prevention-desk.json"),
      JSON.stringify({
        mode: "browser",
        port: 45678,
        createdAt: "2026-11-01T00:00:00.000Z",
      }),
    );
    const dist = fakeElectron(dataDir);
    const shell = run(
      process.execPath,
      ["out/main/start.js", "--data", dataDir],
      {
        ELECTRON_OVERRIDE_DIST_PATH: dist,
        PREVENTION_DESK_BROWSER: join(dataDir, "no-such-browser"),
      },
    );
    await shell.exited;
    expect(shell.output()).toContain(
      "belongs to the browser shell, so Prevention Desk opens there",
    );
    expect(shell.output()).toContain(
      "export your data from here and import it there",
    );
    expect(existsSync(join(dist, "args.txt"))).toBe(false);
  });
});

/** A stand-in Electron distribution whose binary records how it was started. */
function fakeElectron(folder: string): string {
  const dist = join(folder, "electron-dist");
  mkdirSync(dist);
  const binary = join(
    dist,
    process.platform === "win32" ? "electron.exe" : "electron",
  );
  writeFileSync(binary, `#!/bin/sh\necho "$@" > "${join(dist, "args.txt")}"\n`);
  chmodSync(binary, 0o755);
  return dist;
}
