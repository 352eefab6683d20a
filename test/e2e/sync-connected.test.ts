import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { initialiseHub } from "../../src-hub/store/hub";
import { BACKENDS } from "../support/hub/backends";
import { startHubService, type RunningHub } from "../support/hub/hub-service";
import { chooseByKeyboard } from "./support/keyboard";
import {
  closeChromium,
  openDesk,
  SCREENSHOTS,
  type DeskSession,
} from "./support/desk-app";
import {
  createHub,
  createKeys,
  dataDir,
  downloads,
  openSync,
  section,
} from "./support/sync-steps";

let running: RunningHub;
beforeAll(async () => {
  const [pglite] = BACKENDS;
  if (pglite === undefined) throw new Error("no backend");
  running = await startHubService(pglite);
});
afterAll(async () => {
  await closeChromium();
  await running.close();
});

const syncNow = async (session: DeskSession) => {
  const connected = section(session.page, "Hub connection");
  await connected.getByRole("button", { name: "Sync now" }).click();
  await connected
    .getByRole("button", { name: "Sync now" })
    .and(session.page.locator(":not([data-loading])"))
    .waitFor();
};

describe("connected sync with the hub service, over real HTTP", () => {
  it(
    "enrols a field device by code, sends its observation by itself, the hub imports it and the receipt reaches the field",
    { timeout: 240_000 },
    async () => {
      const sessions: DeskSession[] = [];
      try {
        const field = await openDesk({ dataDir: dataDir("field") });
        const admin = await openDesk({ dataDir: dataDir("hub") });
        sessions.push(field, admin);

        // The hub admin creates the hub at the service's address; the operator runs `init`.
        await openSync(admin.page);
        await createKeys(admin.page);
        const { card: hubCard } = await createHub(admin.page, running.url);
        const adminSection = section(admin.page, "Hub administration");
        await initialiseHub(running.db, hubCard);
        await syncNow(admin);

        // A code for a field partner in Mali: text, file and QR image.
        await chooseByKeyboard(
          admin.page,
          "Countries for the code",
          "Mali",
          "mali",
        );
        await adminSection
          .getByRole("button", { name: "Create a code" })
          .click();
        const codeText = await adminSection
          .getByLabel("The code as text")
          .inputValue();
        expect(codeText).toMatch(/^PDENROL1-/);
        await adminSection
          .getByRole("img", { name: "QR image of the enrolment code" })
          .waitFor();
        const [qrFile] = await downloads(admin.page, 1, () =>
          adminSection
            .getByRole("button", { name: "Save the QR image" })
            .click(),
        );
        await adminSection.screenshot({
          path: join(SCREENSHOTS, "sync-connected-admin-code.png"),
        });
        await syncNow(admin);

        // The field partner joins by reading the QR image, after checking what it joins.
        await openSync(field.page);
        await createKeys(field.page);
        const connected = section(field.page, "Hub connection");
        // The file input behind "Or read its QR image".
        await connected
          .locator('input[type="file"][accept^="image/"]')
          .setInputFiles(qrFile ?? "");
        await connected.getByText("This code joins:").waitFor();
        await connected.getByText(`Hub: ${running.url}`).waitFor();
        await connected.getByText("Role: Field partner").waitFor();
        await connected.getByText("Countries: Mali").waitFor();
        await connected.screenshot({
          path: join(SCREENSHOTS, "sync-connected-preview.png"),
        });
        await connected.getByRole("button", { name: "Join this hub" }).click();
        await connected
          .getByText("Waiting for the hub to confirm this device")
          .first()
          .waitFor();

        // The admin confirms it into the roster.
        await adminSection
          .getByRole("button", { name: "Confirm devices waiting" })
          .click();
        await adminSection.getByText(/^Confirmed 1 · revoked 0/).waitFor();

        // The field partner records an observation with a photo; it goes by itself.
        await field.page
          .getByRole("navigation", { name: "Main navigation" })
          .getByRole("button", { name: "Record observation" })
          .click();
        await field.page
          .getByLabel("Title")
          .fill("Roadblock on the Mopti–Sévaré road");
        await field.page.getByRole("button", { name: "Save draft" }).click();
        await field.page
          .getByRole("heading", { name: "Roadblock on the Mopti–Sévaré road" })
          .waitFor();
        await field.page
          .locator('input[type="file"]')
          .setInputFiles(resolve("test/fixtures/images/gps-exif-xmp.jpg"));
        await field.page
          .getByRole("img", { name: "gps-exif-xmp.jpg" })
          .waitFor();
        await openSync(field.page);
        await syncNow(field);
        const indicator = field.page.getByRole("button", {
          name: /^Sync status: Synced/,
        });
        await indicator.waitFor();
        await field.page.screenshot({
          path: join(SCREENSHOTS, "sync-connected-field.png"),
        });
        const stored = await running.db.query<{ kind: string }>(
          "SELECT kind FROM items ORDER BY id",
        );
        // The save itself started a sync, the photo another: ops ranges and the photo's bytes.
        expect(new Set(stored.map((item) => item.kind))).toEqual(
          new Set(["ops", "blobs"]),
        );

        // The hub pulls and imports it; its receipt goes back through the service.
        await syncNow(admin);
        await section(admin.page, "Hub connection")
          .getByText("Waiting to send: 0 · received, to import: 0")
          .waitFor();
        const receipts = await running.db.query<{ recipients: string[] }>(
          "SELECT recipients FROM items WHERE kind = 'receipt'",
        );
        const fieldId = JSON.parse(
          readFileSync(join(field.dataDir, "keys", "device.json"), "utf8"),
        ) as { deviceId: string };
        expect(receipts.length).toBeGreaterThan(0);
        expect(
          receipts.every((item) => item.recipients.includes(fieldId.deviceId)),
        ).toBe(true);
        await section(admin.page, "Hub connection").screenshot({
          path: join(SCREENSHOTS, "sync-connected-hub.png"),
        });

        await syncNow(field);
        const ledger = JSON.parse(
          readFileSync(join(field.dataDir, "sync", "ledger.json"), "utf8"),
        ) as { sealed: { receipted: boolean; storedAt?: string }[] };
        expect(ledger.sealed.length).toBeGreaterThan(0);
        expect(ledger.sealed.every((range) => range.receipted)).toBe(true);
        expect(field.pageErrors).toEqual([]);
        expect(admin.pageErrors).toEqual([]);
      } finally {
        for (const session of sessions) await session.close();
      }
    },
  );
});
