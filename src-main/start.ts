import { spawn } from "node:child_process";
import { join } from "node:path";
import { findElectronBinary } from "./launch/electron-binary";

/** `npm start`: runs the built app in Electron, or says in one line why it cannot. */
const appDir = join(import.meta.dirname, "../..");
const electron = findElectronBinary();
if (!electron.found) {
  console.error(
    `Prevention Desk cannot start: ${electron.reason}. See "Troubleshooting" in README.md.`,
  );
  process.exit(1);
}
const child = spawn(electron.path, [appDir], { stdio: "inherit" });
child.on("exit", (code) => process.exit(code ?? 0));
