import type { DeskFile } from "../../../shared/sync-contract";

function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let offset = 0; offset < bytes.length; offset += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  return btoa(binary);
}

/** A file the person chose, as it crosses to main: its name and its bytes in base64. */
export async function toDeskFile(file: File): Promise<DeskFile> {
  return {
    name: file.name,
    base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())),
  };
}

/** Offers a file from main to the person, as the browser's own download. */
export function saveFile(file: DeskFile): void {
  const bytes = Uint8Array.from(atob(file.base64), (char) =>
    char.charCodeAt(0),
  );
  const url = URL.createObjectURL(new Blob([bytes]));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.name;
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

export const saveText = (name: string, text: string) => {
  saveFile({ name, base64: bytesToBase64(new TextEncoder().encode(text)) });
};
