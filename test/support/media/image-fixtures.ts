import { walkJpeg, walkPng, walkWebp } from "./image-bytes";

// ---- Fixtures (see test/fixtures/images/README.md) ----

/** Metadata that must not survive, by name; the latitude is 4° 51' as Exif RATIONALs. */
export const SECRETS: Readonly<Record<string, string | Uint8Array>> = {
  exifHeader: "Exif\0\0",
  tiff: "MM\0*",
  gps: "GPS",
  latitude: Uint8Array.of(0, 0, 0, 4, 0, 0, 0, 1, 0, 0, 0, 51, 0, 0, 0, 1),
  xmpLatitude: "4,51.102N",
  xmpNamespace: "http://ns.adobe.com/xap",
  xmpMeta: "adobe:ns:meta",
  model: "FieldCam SecretModel 9000",
  make: "Canon",
  artist: "Source Name Redacted",
  creator: "Field Partner 42",
  comment: "safe house",
  captureDate: "2024:03:14",
  iptc: "Photoshop 3.0",
  iptcCity: "Juba",
};
export const EXIF = ["tiff", "latitude", "model", "make"];
export const XMP = ["gps", "xmpLatitude", "xmpMeta", "creator"];

export const CASES = [
  {
    file: "gps-exif-xmp.jpg",
    carries: [
      ...EXIF,
      ...XMP,
      "artist",
      "exifHeader",
      "xmpNamespace",
      "comment",
      "captureDate",
      "iptc",
      "iptcCity",
    ],
    mime: "image/jpeg",
    walk: walkJpeg,
    removed: [
      "Exif (APP1)",
      "Photoshop/IPTC (APP13)",
      "XMP (APP1)",
      "comment (COM)",
    ],
    kept: [0xe0, 0xe2], // JFIF, ICC_PROFILE
  },
  {
    file: "gps-cmyk-progressive.jpg",
    carries: [
      ...EXIF,
      ...XMP,
      "artist",
      "exifHeader",
      "xmpNamespace",
      "comment",
      "captureDate",
    ],
    mime: "image/jpeg",
    walk: walkJpeg,
    removed: ["Exif (APP1)", "XMP (APP1)", "comment (COM)"],
    kept: [0xee], // Adobe
  },
  {
    file: "gps-exif-xmp.png",
    carries: [...EXIF, ...XMP, "artist", "comment", "captureDate"],
    mime: "image/png",
    walk: walkPng,
    removed: [
      "tIME chunk",
      "tEXt chunk",
      "iTXt chunk",
      "eXIf chunk",
      "zTXt chunk",
    ],
    kept: ["iCCP", "cHRM", "bKGD", "pHYs"],
  },
  {
    file: "gps-exif-xmp.webp",
    carries: [...EXIF, ...XMP, "artist", "captureDate"],
    mime: "image/webp",
    walk: walkWebp,
    removed: ["EXIF chunk", "XMP chunk"],
    kept: ["ICCP"],
  },
  {
    file: "gps-exif-lossless-alpha.webp",
    carries: EXIF,
    mime: "image/webp",
    walk: walkWebp,
    removed: ["EXIF chunk"],
    kept: [],
  },
] as const;
