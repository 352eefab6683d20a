import type { z } from "zod";
import { DeskFailure } from "../../shared/errors";
import {
  deviceListSchema,
  hubErrorSchema,
  inboxSchema,
  enrolmentsSchema,
  storedSchema,
  type EnrolRequest,
} from "../../shared/hub/api";
import { signRequest } from "../../shared/hub/request-signing";

/** The device's signing key, held by main; it signs and never leaves. */
export interface RequestSigner {
  deviceId: string;
  sign: (bytes: Uint8Array) => Uint8Array;
}

export interface HubClientOptions {
  fetch?: typeof fetch;
  now?: () => Date;
  /** A request that takes longer is abandoned (and retried by the caller). */
  timeoutMs?: number;
}

interface Answer {
  status: number;
  bytes: Uint8Array;
}

const JSON_TYPE = "application/json";
const BYTES_TYPE = "application/octet-stream";
const encode = (value: unknown) =>
  new TextEncoder().encode(JSON.stringify(value));
const decodeText = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/**
 * The app's side of the hub service's API v1 (docs/sync-protocol.md, section 7). Every request
 * after enrolment is signed; when the service answers `CLOCK_SKEW` the client signs again
 * against the service's time (once per request), and keeps the difference for later requests.
 * A refusal becomes a `DeskFailure` with the service's code; no answer is `HUB_UNREACHABLE`.
 */
export class HubClient {
  readonly #fetch: typeof fetch;
  readonly #now: () => Date;
  readonly #timeoutMs: number;
  /** The service's clock minus this computer's, learned from a `CLOCK_SKEW` answer. */
  #offsetMs = 0;

  constructor(
    readonly baseUrl: string,
    private readonly signer: RequestSigner | null,
    options: HubClientOptions = {},
  ) {
    this.#fetch = options.fetch ?? fetch;
    this.#now = options.now ?? (() => new Date());
    this.#timeoutMs = options.timeoutMs ?? 30_000;
  }

  async health(): Promise<{ status: string; initialised: boolean }> {
    return this.#json(await this.#send("GET", "/v1/health", null), null);
  }

  async enrol(request: EnrolRequest): Promise<void> {
    await this.#send("POST", "/v1/enrol", encode(request), JSON_TYPE, false);
  }

  async upload(bundle: Uint8Array): Promise<z.infer<typeof storedSchema>> {
    return this.#json(
      await this.#send("POST", "/v1/bundles", bundle, BYTES_TYPE),
      storedSchema,
    );
  }

  async sendReceipt(text: string): Promise<z.infer<typeof storedSchema>> {
    return this.#json(
      await this.#send(
        "POST",
        "/v1/receipts",
        new TextEncoder().encode(text),
        JSON_TYPE,
      ),
      storedSchema,
    );
  }

  async inbox(after: string): Promise<z.infer<typeof inboxSchema>> {
    return this.#json(
      await this.#send("GET", `/v1/inbox?after=${after}`, null),
      inboxSchema,
    );
  }

  async item(id: string): Promise<Uint8Array> {
    return (await this.#send("GET", `/v1/items/${id}`, null)).bytes;
  }

  /** The roster (a slice, or the full one for hub staff) if newer than `after`; else null. */
  async roster(after: number): Promise<string | null> {
    try {
      const answer = await this.#send(
        "GET",
        `/v1/roster?after=${String(after)}`,
        null,
      );
      return answer.status === 204 ? null : decodeText(answer.bytes);
    } catch (error) {
      // No roster lists this device yet: the admin has not confirmed it.
      if (error instanceof DeskFailure && error.code === "UNAVAILABLE")
        return null;
      throw error;
    }
  }

  async publishRoster(roster: string, slices: readonly string[]) {
    await this.#send(
      "PUT",
      "/v1/roster",
      encode({ roster, slices }),
      JSON_TYPE,
    );
  }

  async uploadTokens(
    tokens: { tokenHash: string; expiresAt: string; signature: string }[],
  ) {
    await this.#send(
      "POST",
      "/v1/enrolment-tokens",
      encode({ tokens }),
      JSON_TYPE,
    );
  }

  async enrolments(): Promise<z.infer<typeof enrolmentsSchema>> {
    return this.#json(
      await this.#send("GET", "/v1/enrolments", null),
      enrolmentsSchema,
    );
  }

  async devices(): Promise<z.infer<typeof deviceListSchema>> {
    return this.#json(
      await this.#send("GET", "/v1/devices", null),
      deviceListSchema,
    );
  }

  async block(deviceId: string): Promise<void> {
    await this.#send(
      "POST",
      `/v1/devices/${deviceId}/block`,
      new Uint8Array(),
      JSON_TYPE,
    );
  }

  #json<T>(answer: Answer, schema: z.ZodType<T> | null): T {
    const value: unknown = JSON.parse(decodeText(answer.bytes));
    return schema === null ? (value as T) : schema.parse(value);
  }

  async #send(
    method: string,
    path: string,
    body: Uint8Array | null,
    contentType?: string,
    signed = this.signer !== null,
  ): Promise<Answer> {
    let answer = await this.#attempt(method, path, body, contentType, signed);
    const refusal = answer.status >= 400 ? this.#refusal(answer) : null;
    if (refusal?.code === "CLOCK_SKEW" && refusal.serverTime !== undefined) {
      this.#offsetMs = Date.parse(refusal.serverTime) - this.#now().getTime();
      answer = await this.#attempt(method, path, body, contentType, signed);
    }
    if (answer.status >= 400) {
      const { code, message } = this.#refusal(answer);
      throw new DeskFailure(code, message);
    }
    return answer;
  }

  #refusal(answer: Answer) {
    try {
      return hubErrorSchema.parse(JSON.parse(decodeText(answer.bytes)));
    } catch {
      return {
        code: "HUB_UNREACHABLE" as const,
        message: `HTTP ${String(answer.status)}`,
        serverTime: undefined,
      };
    }
  }

  async #attempt(
    method: string,
    path: string,
    body: Uint8Array | null,
    contentType: string | undefined,
    signed: boolean,
  ): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (contentType !== undefined) headers["content-type"] = contentType;
    if (signed && this.signer !== null)
      Object.assign(
        headers,
        signRequest(
          this.signer,
          method,
          path,
          body ?? new Uint8Array(),
          new Date(this.#now().getTime() + this.#offsetMs),
        ),
      );
    try {
      const response = await this.#fetch(new URL(path, this.baseUrl), {
        method,
        headers,
        ...(body === null ? {} : { body: new Uint8Array(body) }),
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
      return {
        status: response.status,
        bytes: new Uint8Array(await response.arrayBuffer()),
      };
    } catch (error) {
      throw new DeskFailure(
        "HUB_UNREACHABLE",
        error instanceof Error
          ? ((error.cause as Error | undefined)?.message ?? error.message)
          : "no answer",
      );
    }
  }
}
