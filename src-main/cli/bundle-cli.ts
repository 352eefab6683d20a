import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateX25519Identity, identityToRecipient } from "age-encryption";
import { ed25519 } from "@noble/curves/ed25519.js";
import {
  openBundle,
  readHeader,
  sealOps,
  verifyBundle,
} from "../../shared/bundle/bundle";
import { deviceIdOf } from "../../shared/bundle/identity";
import { corpusOps, type CorpusRecord } from "../../shared/demo/corpus-ops";
import { UsageError, cliFailure } from "../../shared/cli-failure";
import { openTools, sealTools } from "../bundles/node-tools";
import { corpusLines } from "../demo/corpus";
import { readAgeIdentities } from "../bundles/age-identity-file";

/**
 * `npm run -s bundle -- <command>`: bundle tools for hub operators, auditors and tests.
 * JSON on stdout; `error: CODE message` on stderr; exit 0 ok, 1 refused input, 2 usage error.
 */
const USAGE = `Usage: npm run -s bundle -- <command>
  inspect FILE                      the clear header as JSON
  verify FILE                       exit 0 only if the whole file holds together
  body FILE --out F                 write the age body (decrypt it with any age tool)
  decrypt FILE --identity F         the manifest and ops as JSON lines
  demo --out DIR --observations N   a demo hub key (DIR/hub.key) and DIR/demo.pdbundle`;

type Options = Record<string, string | undefined>;

function required(options: Options, name: string): string {
  const value = options[name];
  if (value === undefined || value === "")
    throw new UsageError(`--${name} is required.`);
  return value;
}

function readInput(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch {
    throw new UsageError(`Cannot read ${path}.`);
  }
}

const print = (value: unknown) => {
  process.stdout.write(`${JSON.stringify(value)}\n`);
};

const commands: Record<
  string,
  {
    files: number;
    run: (files: string[], options: Options) => Promise<void> | void;
  }
> = {
  inspect: {
    files: 1,
    run: ([file = ""]) => {
      const { header, deviceId } = readHeader(readInput(file));
      print({ ...header, deviceId });
    },
  },
  verify: {
    files: 1,
    run: ([file = ""]) => {
      const { header, deviceId } = verifyBundle(readInput(file));
      print({
        ok: true,
        deviceId,
        kind: header.kind,
        stream: header.stream,
        seqFirst: header.seqFirst,
        seqLast: header.seqLast,
      });
    },
  },
  body: {
    files: 1,
    run: ([file = ""], options) => {
      const out = required(options, "out");
      const { body } = verifyBundle(readInput(file));
      writeFileSync(out, body);
      print({ ok: true, out, bytes: body.length });
    },
  },
  decrypt: {
    files: 1,
    run: async ([file = ""], options) => {
      const identities = readAgeIdentities(
        readInput(required(options, "identity")),
      );
      const opened = await openBundle(readInput(file), openTools(identities));
      print(opened.manifest);
      if (opened.kind === "ops") for (const op of opened.ops) print(op);
      else for (const { part } of opened.parts) print(part);
    },
  },
  demo: {
    files: 0,
    run: async (_files, options) => {
      const out = required(options, "out");
      const count = Number(required(options, "observations"));
      if (!Number.isInteger(count) || count < 1 || count > 1_000_000)
        throw new UsageError(
          "--observations must be a whole number from 1 to 1,000,000.",
        );
      const hubIdentity = await generateX25519Identity();
      const hubRecipient = await identityToRecipient(hubIdentity);
      const signingKey = ed25519.utils.randomSecretKey();
      const deviceId = deviceIdOf(ed25519.getPublicKey(signingKey));
      const records = corpusLines(count, { seed: 1, lang: "mixed" }).map(
        (line) => JSON.parse(line) as CorpusRecord,
      );
      const ops = corpusOps(records, deviceId, new Map(), "hub");
      const bytes = await sealOps(
        ops,
        { stream: "hub", recipients: ["hub"], createdAt: new Date() },
        sealTools({ signingKey, recipients: [hubRecipient] }),
      );
      writeFileSync(
        join(out, "hub.key"),
        `# Prevention Desk demo hub decryption identity\n# public key: ${hubRecipient}\n${hubIdentity}\n`,
        { mode: 0o600 },
      );
      writeFileSync(join(out, "demo.pdbundle"), bytes);
      print({
        ok: true,
        deviceId,
        observations: count,
        ops: ops.length,
        bytes: bytes.length,
        hubKey: join(out, "hub.key"),
        bundle: join(out, "demo.pdbundle"),
      });
    },
  },
};

async function main(argv: string[]): Promise<number> {
  try {
    const { positionals, values } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string" },
        identity: { type: "string" },
        observations: { type: "string" },
      },
    });
    const [name = "", ...files] = positionals;
    const command = commands[name];
    if (!command)
      throw new UsageError(
        name ? `Unknown command ${name}.` : "No command given.",
      );
    if (files.length !== command.files)
      throw new UsageError(
        `${name} takes ${command.files === 1 ? "one FILE" : "no file"}.`,
      );
    await command.run(files, values);
    return 0;
  } catch (error) {
    const failure = cliFailure(error, USAGE);
    process.stderr.write(failure.stderr);
    return failure.exitCode;
  }
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
});
process.exitCode = await main(process.argv.slice(2));
