import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

/** Lints `code` as if it were the given project file, returning the import-boundary messages. */
async function boundaryErrors(
  filePath: string,
  code: string,
): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === "no-restricted-imports")
    .map((message) => message.message);
}

describe("import boundaries (CONVENTIONS.md)", { timeout: 60_000 }, () => {
  it.each([
    [
      "shared/errors.ts",
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    ],
    [
      "shared/errors.ts",
      "import { app } from 'electron';\nexport const x = app;\n",
    ],
    [
      "shared/errors.ts",
      "import Dexie from 'dexie';\nexport const x = Dexie;\n",
    ],
    [
      "shared/errors.ts",
      "import { useState } from 'react';\nexport const x = useState;\n",
    ],
    [
      "src-renderer/app/theme.ts",
      "import { startBridge } from '../../src-main/shell/bridge-server';\nexport const x = startBridge;\n",
    ],
    [
      "src-renderer/app/theme.ts",
      "import { join } from 'node:path';\nexport const x = join;\n",
    ],
    [
      "src-main/services/tasks.ts",
      "import { App } from '../../src-renderer/app/App';\nexport const x = App;\n",
    ],
    [
      "src-main/services/tasks.ts",
      "import { app } from 'electron';\nexport const x = app;\n",
    ],
  ])("refuses in %s: %s", async (file, code) => {
    expect(await boundaryErrors(file, code)).toHaveLength(1);
  });

  it.each([
    ["shared/errors.ts", "import { z } from 'zod';\nexport const x = z;\n"],
    [
      "src-main/services/tasks.ts",
      "import type { App } from 'electron';\nexport type X = App;\n",
    ],
    [
      "src-main/index.ts",
      "import { app } from 'electron';\nexport const x = app;\n",
    ],
  ])("allows in %s: %s", async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });
});
