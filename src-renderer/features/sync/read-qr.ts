import jsQR from "jsqr";

/** The text of the QR code in an image file (a photo or screenshot of it), or null. */
export async function readQrImage(file: File): Promise<string | null> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return null;
  }
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext("2d");
  if (context === null) return null;
  context.drawImage(bitmap, 0, 0);
  const { data, width, height } = context.getImageData(
    0,
    0,
    bitmap.width,
    bitmap.height,
  );
  return jsQR(data, width, height)?.data ?? null;
}
