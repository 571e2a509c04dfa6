/**
 * Word documents in the format of Party and government official documents (党政机关公文格式,
 * GB/T 9704-2012): A4, the standard margins, 22 lines of 28 characters, 二号小标宋 title, 三号仿宋
 * body with two-character indents, 黑体 and 楷体 headings, "— 1 —" page numbers, and the issuing
 * office with the date at the end. Every document the platform writes for print goes through here.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';

/** Millimetres to twips as Word stores them (rounded to a tenth of a point): 37 mm → 2098. */
export function mmToTwips(mm: number): number {
  return Math.round((mm / 25.4) * 720) * 2;
}

const PAGE = { width: mmToTwips(210), height: mmToTwips(297) };
const MARGIN = { top: mmToTwips(37), bottom: mmToTwips(35), left: mmToTwips(28), right: mmToTwips(26) };

/** Font sizes in points: 二号, 三号, 四号, and 五号 for tables. */
const PT = { title: 22, body: 16, pageNumber: 14, table: 10.5 } as const;
/**
 * 22 lines a page: the 版心 is 225 mm, 28.95 pt a line; the text is set at a fixed 28.9 pt (no
 * document grid, which would also stretch every table row to a grid line).
 */
const LINE = { line: 578, lineRule: LineRuleType.EXACT };
/**
 * 28 characters a line: the type area is 442.2 pt wide, so 三号 text is set 0.25 pt tighter
 * (character spacing, in twips). A character grid (docGrid linesAndChars) would say the same, but
 * LibreOffice lays such a grid out with far fewer characters a line; spacing renders alike everywhere.
 */
const CHAR_SPACING = Math.floor((PAGE.width - MARGIN.left - MARGIN.right) / 28 - PT.body * 20);
/** One character of body text (三号) in twips: the unit of indents. */
const CHAR = PT.body * 20;

/**
 * The fonts of GB/T 9704 and the font Word or WPS uses when one is not installed (w:altName in the
 * font table): not every office machine has the 方正 and _GB2312 fonts.
 */
const FONTS = {
  title: { name: '方正小标宋简体', fallback: '宋体' },
  body: { name: '仿宋_GB2312', fallback: '仿宋' },
  heading1: { name: '黑体', fallback: 'SimHei' },
  heading2: { name: '楷体_GB2312', fallback: '楷体' },
  pageNumber: { name: '宋体', fallback: 'SimSun' },
} as const;
type Face = (typeof FONTS)[keyof typeof FONTS];

const font = (f: Face) => ({ ascii: f.name, eastAsia: f.name, hAnsi: f.name, cs: f.name });
const run = (text: string, f: Face, pt: number) =>
  new TextRun({
    text,
    font: font(f),
    size: pt * 2,
    sizeComplexScript: pt * 2,
    characterSpacing: pt === PT.body ? CHAR_SPACING : undefined,
  });

/** The font table: each font with its fallback, GB2312 character set (86). */
function fontTable(): string {
  const fonts = Object.values(FONTS)
    .map(
      (f) =>
        `<w:font w:name="${f.name}"><w:altName w:val="${f.fallback}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}</w:fonts>`;
}

export type Align = 'left' | 'center' | 'right';

/** A table of figures: a header row and text cells; `align` per column (numbers to the right). */
export interface OfficialTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly align?: readonly Align[];
  /** Relative column widths (default: equal). */
  readonly widths?: readonly number[];
}

export type OfficialBlock =
  | { readonly heading1: string }
  | { readonly heading2: string }
  | { readonly paragraph: string }
  | { readonly table: OfficialTable };

export interface OfficialDocumentInput {
  readonly title: string;
  readonly blocks: readonly OfficialBlock[];
  /** 发文机关署名 and 成文日期 (YYYY-MM-DD); the document ends without them when absent. */
  readonly signature?: { readonly office: string; readonly date: string };
  /** 附注: under the date, 居左空二字 in parentheses (GB/T 9704 7.3.6). */
  readonly note?: string | null;
}

/** "2025-12-31" → "2025年12月31日": Arabic numerals, the year in full, no leading zeros (GB/T 9704 7.3.5.1). */
export function documentDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Width in characters of body text: CJK one, ASCII (the date's digits, 半角) half. */
const widthOf = (text: string) => [...text].reduce((w, c) => w + (c.charCodeAt(0) < 0x80 ? 0.5 : 1), 0);

/**
 * Right indents, in characters, of the signature and the date (GB/T 9704 7.3.5.2, without seal):
 * the office 右空二字, the date's first character two to the right of the office's; a date longer
 * than that room 右空二字 itself and pushes the office left.
 */
export function signatureIndents(office: string, date: string): { office: number; date: number } {
  const o = widthOf(office);
  const d = widthOf(date);
  const dateIndent = 2 + o - 2 - d;
  return dateIndent >= 2 ? { office: 2, date: dateIndent } : { office: 2 + d + 2 - o, date: 2 };
}

const bodyParagraph = (text: string, f: Face = FONTS.body) =>
  new Paragraph({ children: [run(text, f, PT.body)], indent: { firstLine: 2 * CHAR }, spacing: LINE });

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

function table({ header, rows, align = [], widths }: OfficialTable): Table {
  const total = (widths ?? header.map(() => 1)).reduce((s, w) => s + w, 0);
  const columnWidths = (widths ?? header.map(() => 1)).map((w) =>
    Math.floor(((PAGE.width - MARGIN.left - MARGIN.right) * w) / total),
  );
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const cell = (text: string, i: number, head: boolean) =>
    new TableCell({
      verticalAlign: VerticalAlignTable.CENTER,
      width: { size: columnWidths[i], type: WidthType.DXA },
      margins: { left: 60, right: 60, top: 30, bottom: 30 },
      children: [
        new Paragraph({
          alignment: head ? AlignmentType.CENTER : ALIGN[align[i] ?? 'left'],
          // Single spacing: the body's fixed 28.9 pt would make a table of 五号 figures sparse.
          spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
          children: [run(text, head ? FONTS.heading1 : FONTS.body, PT.table)],
        }),
      ],
    });
  return new Table({
    width: { size: PAGE.width - MARGIN.left - MARGIN.right, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((text, i) => cell(text, i, false)) })),
    ],
  });
}

function blocks(list: readonly OfficialBlock[]): (Paragraph | Table)[] {
  return list.flatMap((b): (Paragraph | Table)[] => {
    if ('heading1' in b) return [bodyParagraph(b.heading1, FONTS.heading1)];
    if ('heading2' in b) return [bodyParagraph(b.heading2, FONTS.heading2)];
    if ('paragraph' in b) return [bodyParagraph(b.paragraph)];
    // A table keeps a line of space after it before the text goes on.
    return [table(b.table), new Paragraph({ spacing: LINE, children: [] })];
  });
}

/** "— 1 —" in 四号半角宋体: odd pages 右空一字, even pages 左空一字 (GB/T 9704 7.5). */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const f = FONTS.pageNumber;
  const size = PT.pageNumber * 2;
  const one = PT.pageNumber * 20;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: one } : { left: one },
        children: [new TextRun({ font: font(f), size, children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/** The document as a .docx file. */
export async function officialDocument(input: OfficialDocumentInput): Promise<Buffer> {
  const ending: Paragraph[] = [];
  if (input.signature) {
    const date = documentDate(input.signature.date);
    const at = signatureIndents(input.signature.office, date);
    const right = (text: string, chars: number, spaceBefore = 0) =>
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        indent: { right: chars * CHAR },
        spacing: { ...LINE, before: spaceBefore },
        children: [run(text, FONTS.body, PT.body)],
      });
    // 正文下空一行 the office, the date on the next line.
    ending.push(right(input.signature.office, at.office, LINE.line), right(date, at.date));
  }
  if (input.note) ending.push(bodyParagraph(`（${input.note}）`));
  const doc = new Document({
    creator: '县政协乡镇政协工作平台',
    title: input.title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: { document: { run: { font: font(FONTS.body), size: PT.body * 2 }, paragraph: { spacing: LINE } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: PAGE,
            // The page number's 一字线 sits 7 mm under the 版心: the footer line ends about 22 mm above the edge.
            margin: { ...MARGIN, header: mmToTwips(15), footer: mmToTwips(22) },
          },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            // 标题下空一行 before the text.
            spacing: { ...LINE, after: LINE.line },
            children: [run(input.title, FONTS.title, PT.title)],
          }),
          ...blocks(input.blocks),
          ...ending,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTable() }]);
}
