import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from "docx";
import type { Translate } from "../../shared/non-attribution/citation";
import type { MeetingInputDocument } from "../../shared/meeting-input/document";
import {
  exportParts,
  type ExportTable,
} from "../../shared/meeting-input/export-parts";

/** Who the file says made it: the app, never the person (their name would attribute it). */
const MADE_BY = "Prevention Desk";

/** Options typed as run options (not a string, whose `bold` and `italics` are old HTML helpers). */
const run = (options: IRunOptions) => new TextRun(options);

const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((block) => new Paragraph({ children: [new TextRun(block.trim())] }));

const row = (cells: [string, string], strong = false) =>
  new TableRow({
    children: cells.map(
      (text) =>
        new TableCell({
          children: [
            new Paragraph({ children: [run({ text, bold: strong })] }),
          ],
        }),
    ),
  });

const table = ({ heading, columns, rows, total }: ExportTable) => [
  new Paragraph({ text: heading, heading: HeadingLevel.HEADING_3 }),
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      row(columns, true),
      ...rows.map((cells) => row(cells)),
      row(total, true),
    ],
  }),
];

/**
 * The meeting input as a DOCX file (issue 8): tables rather than charts, and document
 * properties that name the app, not the person who composed it.
 */
export async function meetingInputDocx(
  document: MeetingInputDocument,
  language: string,
  t: Translate,
): Promise<Uint8Array> {
  const parts = exportParts(document, language, t);
  const file = new Document({
    creator: MADE_BY,
    lastModifiedBy: MADE_BY,
    title: parts.title,
    sections: [
      {
        children: [
          new Paragraph({ text: parts.title, heading: HeadingLevel.TITLE }),
          ...parts.lines.flatMap(paragraphs),
          ...parts.sections.flatMap(({ heading, text }) => [
            new Paragraph({ text: heading, heading: HeadingLevel.HEADING_1 }),
            ...paragraphs(text),
          ]),
          new Paragraph({
            text: parts.figuresHeading,
            heading: HeadingLevel.HEADING_1,
          }),
          ...parts.tables.flatMap(table),
          ...(parts.evidence.length > 0
            ? [
                new Paragraph({
                  text: parts.evidenceHeading,
                  heading: HeadingLevel.HEADING_1,
                }),
                ...parts.evidence.flatMap(({ excerpt, citation }) => [
                  new Paragraph({
                    children: [run({ text: excerpt, italics: true })],
                  }),
                  new Paragraph({ children: [new TextRun(`— ${citation}`)] }),
                ]),
              ]
            : []),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(file));
}
