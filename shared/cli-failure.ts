import { DeskFailure } from "./errors";

/** A command line used wrongly: reported with the usage, exit code 2. */
export class UsageError extends Error {}

const isParseArgsError = (error: unknown) =>
  error instanceof TypeError &&
  String((error as { code?: unknown }).code).startsWith("ERR_PARSE_ARGS");

/**
 * How a command-line tool (bundle, hub) reports what stopped it, never with a stack trace:
 * `error: CODE message` for stderr and the exit code (1 refused or failed, 2 usage error).
 */
export function cliFailure(
  error: unknown,
  usage: string,
): { exitCode: 1 | 2; stderr: string } {
  if (error instanceof DeskFailure)
    return { exitCode: 1, stderr: `error: ${error.code} ${error.message}\n` };
  if (error instanceof UsageError || isParseArgsError(error))
    return {
      exitCode: 2,
      stderr: `error: USAGE ${(error as Error).message}\n${usage}\n`,
    };
  const message = error instanceof Error ? error.message : String(error);
  return { exitCode: 1, stderr: `error: INTERNAL ${message}\n` };
}
