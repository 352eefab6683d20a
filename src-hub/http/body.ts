import type { FastifyInstance, FastifyRequest } from "fastify";
import type { z } from "zod";
import { DeskFailure } from "../../shared/errors";

/**
 * Bodies are kept as the bytes received, so the signature is checked over exactly them; JSON
 * is parsed by the route, through its zod schema.
 */
export function keepRawBodies(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    "*",
    { parseAs: "buffer" },
    (_request, body, done) => {
      done(null, body);
    },
  );
}

const EMPTY = new Uint8Array();

export function bodyBytes(request: FastifyRequest): Uint8Array {
  return request.body instanceof Uint8Array ? request.body : EMPTY;
}

export function jsonBody<T>(request: FastifyRequest, schema: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(bodyBytes(request)).toString("utf8"));
  } catch {
    throw new DeskFailure("INVALID_ARGUMENT", "the body is not JSON");
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new DeskFailure(
      "INVALID_ARGUMENT",
      `the body is not as expected: ${parsed.error.issues[0]?.path.join(".") ?? ""} ${parsed.error.issues[0]?.message ?? ""}`.trim(),
    );
  return parsed.data;
}
