import { utf8 } from "@scure/base";
import { DeskFailure } from "../errors";
import type { Op, Stream } from "../sync/op";
import { checkAgeHeader } from "./age-header";
import {
  exactRest,
  parseFrameJson,
  readFrame,
  writeFrame,
  type Frame,
} from "./frame";
import {
  FORMAT_VERSION,
  IDENTITY_MEMBERS,
  bundleHeaderSchema,
  manifestSchema,
  type BlobPart,
  type BundleHeader,
  type Manifest,
} from "./header";
import {
  decodePublicKey,
  deviceIdOf,
  encodePublicKey,
  JS_VERIFY,
  sha256Hex,
  verifySignature,
  type VerifyTools,
} from "./identity";
import { decodeOpLines, encodeOpLines } from "./op-lines";

/** docs/bundle-format.md: `PDBUNDLE` and the format version; `PDBODY01` opens the plaintext. */
const MAGIC = utf8.decode("PDBUNDLE");
const BODY_MAGIC = utf8.decode("PDBODY01");
const PREFIX_BYTES = MAGIC.length + 2;

/** What sealing needs from the sender's keys and codecs; the keys stay with the caller. */
export interface SealTools {
  publicKey: Uint8Array;
  sign: (bytes: Uint8Array) => Uint8Array;
  /** age-encrypts to the stream's readers and the sender's recovery key. */
  encrypt: (plain: Uint8Array) => Promise<Uint8Array>;
  compress: (bytes: Uint8Array) => Uint8Array;
}

/** What opening needs: this install's age identities, and a decompressor with a ceiling. */
export interface OpenTools {
  decrypt: (body: Uint8Array) => Promise<Uint8Array>;
  decompress: (bytes: Uint8Array, maxLength: number) => Uint8Array;
  /** A faster sha256 where the platform has one (Node's, in main); else the JS one. */
  sha256Hex?: (bytes: Uint8Array) => string;
}

export interface SealRequest {
  stream: Stream;
  recipients: readonly string[];
  createdAt: Date;
}

type Identity = Pick<Manifest, (typeof IDENTITY_MEMBERS)[number]>;

async function seal(
  identity: Identity,
  recipients: readonly string[],
  payload: { plain: Uint8Array; codec: "br" | "none"; parts?: BlobPart[] },
  tools: SealTools,
): Promise<Uint8Array> {
  const stored =
    payload.codec === "br" ? tools.compress(payload.plain) : payload.plain;
  const manifest: Manifest = {
    ...identity,
    codec: payload.codec,
    payloadLength: stored.length,
    plainLength: payload.plain.length,
    plainSha256: sha256Hex(payload.plain),
    ...(payload.parts ? { parts: payload.parts } : {}),
  };
  const plain = writeFrame(
    BODY_MAGIC,
    utf8.decode(JSON.stringify(manifestSchema.parse(manifest))),
    tools.sign,
    stored,
  );
  const body = await tools.encrypt(plain);
  const header: BundleHeader = bundleHeaderSchema.parse({
    ...identity,
    recipients: [...new Set(recipients)].sort(),
    bodyLength: body.length,
    bodySha256: sha256Hex(body),
  });
  const prefix = new Uint8Array(PREFIX_BYTES);
  prefix.set(MAGIC);
  new DataView(prefix.buffer).setUint16(MAGIC.length, FORMAT_VERSION);
  return writeFrame(
    prefix,
    utf8.decode(JSON.stringify(header)),
    tools.sign,
    body,
  );
}

/** Seals a contiguous seq range of one device's ops in one stream. */
export function sealOps(
  ops: readonly Op[],
  request: SealRequest,
  tools: SealTools,
): Promise<Uint8Array> {
  const first = ops[0];
  const deviceId = deviceIdOf(tools.publicKey);
  if (first === undefined) throw new Error("A bundle holds at least one op.");
  ops.forEach((op, index) => {
    if (
      op.deviceId !== deviceId ||
      op.stream !== request.stream ||
      op.seq !== first.seq + index
    )
      throw new Error(
        "A bundle holds one device's contiguous ops of one stream.",
      );
  });
  return seal(
    {
      kind: "ops",
      sender: encodePublicKey(tools.publicKey),
      stream: request.stream,
      seqFirst: first.seq,
      seqLast: first.seq + ops.length - 1,
      entries: ops.length,
      createdAt: request.createdAt.toISOString(),
    },
    request.recipients,
    { plain: encodeOpLines(ops), codec: "br" },
    tools,
  );
}

/** Seals attachment parts (already cut to at most 2 MiB) into one seq-less blob bundle. */
export function sealBlobs(
  parts: readonly { part: BlobPart; bytes: Uint8Array }[],
  request: SealRequest,
  tools: SealTools,
): Promise<Uint8Array> {
  const plain = new Uint8Array(
    parts.reduce((sum, { bytes }) => sum + bytes.length, 0),
  );
  let offset = 0;
  for (const { part, bytes } of parts) {
    if (bytes.length !== part.size)
      throw new Error("A part's size must match its bytes.");
    plain.set(bytes, offset);
    offset += bytes.length;
  }
  return seal(
    {
      kind: "blobs",
      sender: encodePublicKey(tools.publicKey),
      stream: request.stream,
      seqFirst: 0,
      seqLast: 0,
      entries: parts.length,
      createdAt: request.createdAt.toISOString(),
    },
    request.recipients,
    { plain, codec: "none", parts: parts.map(({ part }) => part) },
    tools,
  );
}

export interface VerifiedBundle {
  header: BundleHeader;
  /** Derived from the sender key, never read from the file. */
  deviceId: string;
  senderKey: Uint8Array;
  body: Uint8Array;
}

/**
 * Reads the clear header (docs/bundle-format.md, section 1, steps 1–3): magic, version, caps,
 * header schema, exact length. The signature is not checked yet: use `verifyBundle`.
 */
export function readHeader(bytes: Uint8Array): {
  header: BundleHeader;
  deviceId: string;
  senderKey: Uint8Array;
  frame: Frame;
  body: Uint8Array;
} {
  if (
    bytes.length < MAGIC.length ||
    !MAGIC.every((byte, index) => bytes[index] === byte)
  )
    throw new DeskFailure(
      bytes.length < MAGIC.length ? "BUNDLE_TRUNCATED" : "BUNDLE_NOT_A_BUNDLE",
      "The file does not start with PDBUNDLE.",
    );
  if (bytes.length < PREFIX_BYTES)
    throw new DeskFailure(
      "BUNDLE_TRUNCATED",
      "The file ends inside its header.",
    );
  const version = new DataView(
    bytes.buffer,
    bytes.byteOffset,
    bytes.byteLength,
  ).getUint16(MAGIC.length);
  if (version !== FORMAT_VERSION)
    throw new DeskFailure(
      version > FORMAT_VERSION
        ? "BUNDLE_VERSION_UNSUPPORTED"
        : "BUNDLE_MALFORMED",
      `format version ${version}; this app reads version ${FORMAT_VERSION}`,
    );
  const frame = readFrame(bytes, PREFIX_BYTES);
  const parsed = bundleHeaderSchema.safeParse(
    parseFrameJson(frame.json, "the header"),
  );
  if (!parsed.success)
    throw new DeskFailure(
      "BUNDLE_MALFORMED",
      `header: ${describe(parsed.error.issues)}`,
    );
  const header = parsed.data;
  const body = exactRest(frame.rest, header.bodyLength);
  const senderKey = decodePublicKey(header.sender);
  return { header, deviceId: deviceIdOf(senderKey), senderKey, frame, body };
}

/**
 * Checks everything that needs no key (docs/bundle-format.md, section 1, steps 1–5): the
 * header as `readHeader` does, then the signature and the body digest. Throws a `DeskFailure`
 * with the bundle code of the first thing wrong.
 */
export function verifyBundle(
  bytes: Uint8Array,
  tools: VerifyTools = JS_VERIFY,
): VerifiedBundle {
  const { frame, ...read } = readHeader(bytes);
  requireSignature(frame, read.senderKey, "header", tools.verify);
  if (tools.sha256Hex(read.body) !== read.header.bodySha256)
    throw new DeskFailure(
      "BUNDLE_TAMPERED",
      "The body does not match the header's digest.",
    );
  return read;
}

export type OpenedBundle = VerifiedBundle & { manifest: Manifest } & (
    | { kind: "ops"; ops: Op[] }
    | { kind: "blobs"; parts: { part: BlobPart; bytes: Uint8Array }[] }
  );

/** Verifies, decrypts with this install's identities, and decodes every op or part. */
export async function openBundle(
  bytes: Uint8Array,
  tools: OpenTools,
): Promise<OpenedBundle> {
  const verified = verifyBundle(bytes);
  checkAgeHeader(verified.body);
  let plain: Uint8Array;
  try {
    plain = await tools.decrypt(verified.body);
  } catch {
    throw new DeskFailure(
      "BUNDLE_NOT_FOR_THIS_DEVICE",
      "None of this install's keys opens the body.",
    );
  }
  return { ...verified, ...readBody(plain, verified, tools) };
}

/** Reads the decrypted container: magic, signed manifest equal to the header, payload. */
export function readBody(
  plain: Uint8Array,
  verified: Pick<VerifiedBundle, "header" | "deviceId" | "senderKey">,
  tools: Pick<OpenTools, "decompress" | "sha256Hex">,
) {
  if (
    plain.length < BODY_MAGIC.length ||
    !BODY_MAGIC.every((byte, index) => plain[index] === byte)
  )
    throw new DeskFailure(
      "BUNDLE_MALFORMED",
      "the decrypted body is not a bundle container",
    );
  const frame = readFrame(plain, BODY_MAGIC.length);
  const parsed = manifestSchema.safeParse(
    parseFrameJson(frame.json, "the manifest"),
  );
  if (!parsed.success)
    throw new DeskFailure(
      "BUNDLE_MALFORMED",
      `manifest: ${describe(parsed.error.issues)}`,
    );
  const manifest = parsed.data;
  requireSignature(frame, verified.senderKey, "manifest", verifySignature);
  for (const member of IDENTITY_MEMBERS)
    if (manifest[member] !== verified.header[member])
      throw new DeskFailure(
        "BUNDLE_TAMPERED",
        `The manifest's ${member} differs from the header's.`,
      );
  const stored = exactRest(frame.rest, manifest.payloadLength);
  const payload =
    manifest.codec === "br"
      ? decompressCapped(stored, manifest, tools)
      : stored;
  if (
    payload.length !== manifest.plainLength ||
    (tools.sha256Hex ?? sha256Hex)(payload) !== manifest.plainSha256
  )
    throw new DeskFailure(
      "BUNDLE_TAMPERED",
      "The payload does not match the manifest's digest.",
    );
  if (manifest.kind === "ops")
    return {
      manifest,
      kind: "ops" as const,
      ops: decodeOpLines(payload, { ...manifest, deviceId: verified.deviceId }),
    };
  return {
    manifest,
    kind: "blobs" as const,
    parts: splitParts(payload, manifest),
  };
}

function decompressCapped(
  stored: Uint8Array,
  manifest: Manifest,
  tools: Pick<OpenTools, "decompress">,
): Uint8Array {
  try {
    return tools.decompress(stored, manifest.plainLength);
  } catch {
    throw new DeskFailure(
      "BUNDLE_MALFORMED",
      `the payload does not decompress to the ${manifest.plainLength} bytes announced`,
    );
  }
}

function splitParts(payload: Uint8Array, manifest: Manifest) {
  const parts = manifest.parts ?? [];
  if (parts.length !== manifest.entries)
    throw new DeskFailure(
      "BUNDLE_MALFORMED",
      "the part list does not match the header",
    );
  let offset = 0;
  const out = parts.map((part) => {
    if (part.index >= part.count)
      throw new DeskFailure(
        "BUNDLE_MALFORMED",
        "a part index is past its count",
      );
    const bytes = payload.subarray(offset, offset + part.size);
    offset += part.size;
    return { part, bytes };
  });
  if (offset !== payload.length)
    throw new DeskFailure(
      "BUNDLE_MALFORMED",
      "the parts do not add up to the payload",
    );
  return out;
}

function requireSignature(
  frame: Frame,
  key: Uint8Array,
  what: string,
  verify: VerifyTools["verify"],
): void {
  if (!verify(frame.signature, frame.signed, key))
    throw new DeskFailure(
      "BUNDLE_TAMPERED",
      `The ${what} signature does not hold.`,
    );
}

function describe(
  issues: readonly { path: PropertyKey[]; message: string }[],
): string {
  const [first] = issues;
  return first
    ? `${first.path.map(String).join(".") || "(root)"}: ${first.message}`
    : "invalid";
}
