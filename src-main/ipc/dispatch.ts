import { z } from "zod";
import {
  contract,
  isChannel,
  type Channel,
  type ChannelResult,
  type Contract,
} from "../../shared/ipc";
import { DeskFailure, fail, ok, type Result } from "../../shared/errors";

/** One handler per contract channel, receiving the argument already parsed by its schema. */
export type Handlers = {
  [C in Channel]: (
    args: z.output<Contract[C]["args"]>,
  ) => Promise<ChannelResult<C>> | ChannelResult<C>;
};

export type Logger = (message: string) => void;

/**
 * The single entry for every call from a renderer, whatever the transport: refuses unknown
 * channels, parses the argument with the contract's schema, checks the handler's result
 * against the contract and turns thrown failures into `{ ok: false }` values.
 */
export async function dispatch(
  handlers: Handlers,
  channel: string,
  rawArgs: unknown,
  log: Logger,
): Promise<Result<unknown>> {
  if (!isChannel(channel))
    return fail("UNKNOWN_CHANNEL", `There is no channel called "${channel}".`);
  const spec = contract[channel];
  const args = spec.args.safeParse(rawArgs);
  if (!args.success) {
    return fail(
      "INVALID_ARGUMENT",
      `${channel}: ${z.prettifyError(args.error)}`,
    );
  }
  try {
    const handler = handlers[channel] as (args: unknown) => unknown;
    const value = spec.result.safeParse(await handler(args.data));
    if (value.success) return ok(value.data);
    log(
      `${channel}: handler result does not match the contract: ${z.prettifyError(value.error)}`,
    );
  } catch (error) {
    if (error instanceof DeskFailure) return fail(error.code, error.message);
    log(
      `${channel}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  }
  return fail(
    "INTERNAL",
    "Prevention Desk hit an unexpected problem. Details are in its log.",
  );
}
