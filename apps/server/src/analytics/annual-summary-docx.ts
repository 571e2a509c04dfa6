import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { AnnualSummary } from './analytics.types';

/** The annual summary as a Word document: title, the sentences, and the figures table. */
export async function annualSummaryDocument(summary: AnnualSummary): Promise<Buffer> {
  const cell = (text: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const doc = new Document({
    creator: '县政协乡镇政协工作平台',
    title: `${summary.townshipName}${summary.year}年度政协工作总结`,
    sections: [
      {
        children: [
          new Paragraph({
            text: `${summary.townshipName}${summary.year}年度政协工作总结（数据部分）`,
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
          }),
          new Paragraph({ text: '一、主要工作情况', heading: HeadingLevel.HEADING_1 }),
          ...(summary.sentences.length ? summary.sentences : ['本年度暂无履职记录。']).map(
            (s) => new Paragraph({ children: [new TextRun({ text: s, size: 28 })], indent: { firstLine: 560 } }),
          ),
          new Paragraph({ text: '二、主要指标', heading: HeadingLevel.HEADING_1 }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ children: [cell('指标', true), cell('数值', true)] }),
              ...summary.figures.map((f) => new TableRow({ children: [cell(f.label), cell(f.text)] })),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
