import type { DeskFile } from "../../shared/sync-contract";

/** A file as it crosses to the renderer: a name and its bytes in base64. */
export const toFile = (name: string, bytes: Uint8Array): DeskFile => ({
  name,
  base64: Buffer.from(bytes).toString("base64"),
});

export const fromFile = (file: DeskFile) =>
  new Uint8Array(Buffer.from(file.base64, "base64"));
