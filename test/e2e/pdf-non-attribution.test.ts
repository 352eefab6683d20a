import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { inflateSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MeetingInputDocument } from "../../shared/meeting-input/document";
import { chromiumPrinter } from "../../src-main/meeting-input/chromium-printer";
import { meetingInputPdf } from "../../src-main/meeting-input/pdf-export";
import {
  CANARY,
  CANARY_LATITUDE,
  canaryCountries,
  canaryDocument,
  translate,
} from "../support/meeting-input/canary-document";

const run = promisify(execFile);
const printer = chromiumPrinter();
let folder = "";
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "pdf-non-attribution-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

interface ReadPdf {
  /** What pdftotext extracts: what a reader sees. */
  text: string;
  /** pdfinfo's document information and its XMP metadata, if any. */
  info: string;
  /** The file's bytes and its inflated streams, as Latin-1. */
  raw: string;
}

/** The bytes themselves, and every Flate stream opened (page content, fonts, structure tree). */
function rawOf(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes).toString("latin1");
  const streams = [...latin1.matchAll(/stream\r?\n([\s\S]*?)endstream/g)].map(
    ([, body]) => {
      try {
        return inflateSync(Buffer.from(body ?? "", "latin1")).toString(
          "latin1",
        );
      } catch {
        return "";
      }
    },
  );
  return [latin1, ...streams].join("\n");
}

let printed = 0;
async function printAndRead(
  document: MeetingInputDocument,
  language: string,
): Promise<ReadPdf> {
  const bytes = await meetingInputPdf(
    document,
    language,
    translate(language),
    printer,
  );
  printed += 1;
  const file = join(folder, `${String(printed)}.pdf`);
  await writeFile(file, bytes);
  const [text, info, meta] = await Promise.all([
    run("pdftotext", ["-enc", "UTF-8", file, "-"]),
    run("pdfinfo", ["-enc", "UTF-8", file]),
    run("pdfinfo", ["-meta", file]),
  ]);
  return {
    text: text.stdout,
    info: `${info.stdout}\n${meta.stdout}`,
    raw: rawOf(bytes),
  };
}

/** A needle as PDF strings may hold it: as is, UTF-16BE, or UTF-16BE in hex. */
const spellings = (needle: string) => {
  const utf16 = Buffer.from(needle, "utf16le").swap16();
  return [
    needle,
    utf16.toString("latin1"),
    utf16.toString("hex"),
    utf16.toString("hex").toUpperCase(),
  ];
};

/** Where in the PDF `needle` turns up: the search the canary test relies on. */
const foundIn = (pdf: ReadPdf, needle: string) =>
  (["text", "info", "raw"] as const).filter((where) =>
    spellings(needle).some((spelling) => pdf[where].includes(spelling)),
  );

const EXPECTED = {
  en: [
    "Country input",
    "Situation overview",
    "Recommendations",
    "Figures",
    "Observations by category",
    "Observations by month",
    "fewer than 3",
    "From the field",
    "a partner report from",
  ],
  fr: [
    "Country input",
    "Aperçu de la situation",
    "Recommandations",
    "Chiffres",
    "Observations par catégorie",
    "Observations par mois",
    "moins de 3",
    "Depuis le terrain",
    "un signalement d’un partenaire",
  ],
};

describe("the PDF export, without attribution", () => {
  it.each(["en", "fr"] as const)(
    "has no canary in its text, metadata or bytes, for several countries (%s)",
    async (language) => {
      for (const country of canaryCountries.slice(0, 3)) {
        const pdf = await printAndRead(canaryDocument(country), language);
        // Not a blank page that passes for clean: the sections, figures and citations are there.
        for (const expected of EXPECTED[language])
          expect(pdf.text, country).toContain(expected);
        expect(pdf.info).toMatch(/^Title: +Country input$/m);
        expect(pdf.info).not.toMatch(/^Author:/m);
        expect(pdf.info).toMatch(/^Page size: .*\(A4\)$/m);
        expect(foundIn(pdf, CANARY), country).toEqual([]);
        expect(foundIn(pdf, CANARY_LATITUDE), country).toEqual([]);
      }
    },
    120_000,
  );

  it("finds the canary wherever the export does carry it (the search can fail)", async () => {
    const document = canaryDocument(canaryCountries[0] ?? "");
    const pdf = await printAndRead(
      {
        ...document,
        title: `Input ${CANARY}`,
        sections: {
          ...document.sections,
          overview: `Seen near ${CANARY_LATITUDE} by ${CANARY}.`,
        },
      },
      "en",
    );
    // The title is printed and is the PDF's title; the section text is printed only.
    expect(foundIn(pdf, CANARY)).toEqual(["text", "info", "raw"]);
    expect(foundIn(pdf, CANARY_LATITUDE)).toEqual(["text"]);
  });
});
