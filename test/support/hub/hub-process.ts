import { spawn } from "node:child_process";

const CLI = ["--import", "tsx", "src-hub/cli/hub-cli.ts"];

/**
 * `hub serve` as its own process (the command an operator runs), on `port` (0: any free), with
 * `env` choosing the database. Its log is read (and kept) as it comes, so it never blocks.
 */
export async function serveHub(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{
  address: string;
  log: string[];
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}> {
  const server = spawn(process.execPath, [...CLI, "serve", ...args], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((done) =>
    server.once("exit", (code) => {
      done(code);
    }),
  );
  const log: string[] = [];
  const address = await new Promise<string>((listening, failed) => {
    let pending = "";
    server.stdout.setEncoding("utf8");
    server.stdout.on("data", (chunk: string) => {
      const lines = (pending + chunk).split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        log.push(line);
        const parsed = JSON.parse(line) as { listening?: string };
        if (parsed.listening) listening(parsed.listening);
      }
    });
    server.stderr.setEncoding("utf8");
    server.stderr.on("data", (chunk: string) => log.push(chunk));
    void exited.then((code) => {
      failed(
        new Error(`hub serve exited with ${String(code)}: ${log.join("")}`),
      );
    });
  });
  return {
    address,
    log,
    stop: (signal = "SIGTERM") => {
      server.kill(signal);
      return exited;
    },
  };
}
