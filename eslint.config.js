import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const nodeBuiltins = [
  { group: ["node:*"], message: "shared/ and the renderer stay free of Node." },
];
const electron = [
  {
    group: ["electron"],
    message:
      "Only src-main/index.ts, preload.ts and src-main/app/ load Electron.",
  },
];

/** Where code runs decides what it may import (CONVENTIONS.md). */
const boundaries = [
  {
    files: ["shared/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...nodeBuiltins,
            ...electron,
            {
              group: [
                "react",
                "react-*",
                "dexie",
                "dexie-*",
                "@mantine/*",
                "i18next",
                "conf",
                "electron-store",
              ],
              message: "shared/ is pure TypeScript.",
            },
            {
              group: ["**/src-main/**", "**/src-renderer/**", "**/src-hub/**"],
              message: "shared/ imports nothing from the apps.",
            },
          ],
          paths: ["fs", "path", "os", "crypto", "child_process", "http"].map(
            (name) => ({ name, message: "shared/ stays free of Node." }),
          ),
        },
      ],
    },
  },
  {
    files: ["src-renderer/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...nodeBuiltins,
            ...electron,
            {
              group: ["**/src-main/**", "**/src-hub/**"],
              message: "The renderer talks to main only through window.desk.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src-main/**/*.ts"],
    ignores: ["src-main/index.ts", "src-main/preload.ts", "src-main/app/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["electron"],
              allowTypeImports: true,
              message:
                "Services take Electron objects as parameters, so they run under Node in tests and the browser shell.",
            },
            {
              group: ["**/src-renderer/**", "**/src-hub/**"],
              message: "Main never imports the renderer.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src-main/index.ts", "src-main/preload.ts", "src-main/app/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/src-renderer/**", "**/src-hub/**"],
              message: "Main never imports the renderer.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src-hub/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...electron,
            {
              group: ["**/src-main/**", "**/src-renderer/**"],
              message: "The hub imports only shared/ of the app's code.",
            },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      "out/",
      "dist/",
      "node_modules/",
      "bench-results/",
      "test/bench/corpus/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // `const { id, ...rest } = row` drops a field on purpose.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { ignoreRestSiblings: true },
      ],
      "@typescript-eslint/restrict-template-expressions": [
        "error",
        { allowNumber: true },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: globals.node,
    },
  },
  {
    files: ["src-renderer/**/*.{ts,tsx}"],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ["src-renderer/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat["recommended-latest"],
  },
  {
    files: [
      "src-main/**/*.ts",
      "src-hub/**/*.ts",
      "test/**/*.ts",
      "*.config.ts",
    ],
    languageOptions: { globals: globals.node },
  },
  ...boundaries,
);
