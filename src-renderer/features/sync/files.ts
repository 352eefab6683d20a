import { base64 } from "@scure/base";
import type { DeskFile } from "../../../shared/sync-contract";

/** A file the person chose, as it crosses to main: its name and its bytes in base64. */
export async function toDeskFile(file: File): Promise<DeskFile> {
  return {
    name: file.name,
    base64: base64.encode(new Uint8Array(await file.arrayBuffer())),
  };
}

/** Offers a file from main to the person, as the browser's own download. */
export function saveFile(file: DeskFile): void {
  const bytes = base64.decode(file.base64);
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)]));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.name;
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

export const saveText = (name: string, text: string) => {
  saveFile({ name, base64: base64.encode(new TextEncoder().encode(text)) });
};
