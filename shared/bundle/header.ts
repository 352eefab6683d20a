import { z } from "zod";
import { deviceIdSchema, streamSchema } from "../sync/op";

/** The caps of docs/bundle-format.md, section 5. */
export const LIMITS = {
  recipients: 256,
  stanzas: 258,
  bodyBytes: 512 * 1024 * 1024,
  plainBytes: 64 * 1024 * 1024,
  ratio: 200,
  entries: 1_000_000,
  partBytes: 2 * 1024 * 1024,
} as const;

export const FORMAT_VERSION = 1;

/** The app seals at most this many ops per bundle: about 3,000 observations, a few hundred KiB. */
export const OPS_PER_BUNDLE = 5_000;

const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, "Not a sha256.");
const identity = {
  kind: z.enum(["ops", "blobs"]),
  sender: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "Not an Ed25519 key."),
  stream: streamSchema,
  seqFirst: z.number().int().min(0),
  seqLast: z.number().int().min(0),
  entries: z.number().int().min(0).max(LIMITS.entries),
  createdAt: z.iso.datetime(),
};

/** Ops bundles carry a contiguous seq range from 1 up; blob bundles carry no seq at all. */
function rangeIsConsistent(header: {
  kind: "ops" | "blobs";
  seqFirst: number;
  seqLast: number;
  entries: number;
}): boolean {
  return header.kind === "ops"
    ? header.seqFirst >= 1 &&
        header.seqLast >= header.seqFirst &&
        header.entries === header.seqLast - header.seqFirst + 1
    : header.seqFirst === 0 && header.seqLast === 0;
}
const rangeMessage = {
  message:
    "seq range does not match the kind (ops: first ≤ last, entries = last − first + 1; blobs: 0)",
};

const recipientSchema = z.union([z.literal("hub"), deviceIdSchema]);

export const bundleHeaderSchema = z
  .strictObject({
    ...identity,
    recipients: z
      .array(recipientSchema)
      .min(1)
      .max(LIMITS.recipients)
      .refine(
        (ids) =>
          ids.every((id, index) => index === 0 || (ids[index - 1] ?? "") < id),
        "recipients must be sorted, without duplicates",
      ),
    bodyLength: z.number().int().min(1).max(LIMITS.bodyBytes),
    bodySha256: sha256HexSchema,
  })
  .refine(rangeIsConsistent, rangeMessage);
export type BundleHeader = z.infer<typeof bundleHeaderSchema>;

export const blobPartSchema = z.strictObject({
  sha256: sha256HexSchema,
  index: z.number().int().min(0),
  count: z.number().int().min(1),
  size: z.number().int().min(1).max(LIMITS.partBytes),
});
export type BlobPart = z.infer<typeof blobPartSchema>;

export const manifestSchema = z
  .strictObject({
    ...identity,
    codec: z.enum(["br", "none"]),
    payloadLength: z.number().int().min(0).max(LIMITS.bodyBytes),
    plainLength: z.number().int().min(0).max(LIMITS.plainBytes),
    plainSha256: sha256HexSchema,
    parts: z.array(blobPartSchema).max(LIMITS.entries).optional(),
  })
  .refine(rangeIsConsistent, rangeMessage)
  .refine(
    (manifest) =>
      manifest.plainLength <=
      Math.max(1024, manifest.payloadLength * LIMITS.ratio),
    `the payload would expand more than ${LIMITS.ratio} times`,
  );
export type Manifest = z.infer<typeof manifestSchema>;

/** The members the manifest repeats from the outer header. */
export const IDENTITY_MEMBERS = Object.keys(
  identity,
) as (keyof typeof identity)[];
