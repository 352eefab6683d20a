import { resolve } from "node:path";
import { defineConfig } from "electron-vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  main: {
    build: {
      outDir: "out/main",
      rolldownOptions: {
        input: {
          index: resolve("src-main/index.ts"),
          start: resolve("src-main/start.ts"),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: "out/preload",
      // A sandboxed preload cannot require packages: bundle zod and the contract into it.
      externalizeDeps: false,
      lib: { entry: resolve("src-main/preload.ts"), formats: ["cjs"] },
      rolldownOptions: { output: { entryFileNames: "[name].cjs" } },
    },
  },
  renderer: {
    root: "src-renderer",
    plugins: [react()],
    build: {
      outDir: resolve("out/renderer"),
      minify: true,
      // One chunk loads fastest from app:// and 127.0.0.1; `npm run bench -- startup` tracks its size.
      chunkSizeWarningLimit: 1024,
      rolldownOptions: { input: resolve("src-renderer/index.html") },
    },
  },
});
