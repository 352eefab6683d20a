import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          environment: "node",
          // Some tests do real work (scrypt, age, PGlite's first start, MiBs of attachments):
          // a slow or busy machine must not fail them on time alone.
          testTimeout: 30_000,
          include: ["test/unit/**/*.test.ts"],
          exclude: ["test/unit/src-renderer/db/**"],
          // electron-store imports `electron`; inline it so the test's mock of `electron` reaches it.
          server: { deps: { inline: ["electron-store"] } },
        },
      },
      {
        test: {
          name: "unit-db",
          environment: "node",
          testTimeout: 30_000,
          include: ["test/unit/src-renderer/db/**/*.test.ts"],
          setupFiles: ["fake-indexeddb/auto"],
        },
      },
      {
        test: {
          name: "e2e",
          environment: "node",
          include: ["test/e2e/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
