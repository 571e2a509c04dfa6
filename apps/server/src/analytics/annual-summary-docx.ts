import type { AnnualSummary } from './analytics.types';
import { officialDocument } from './official-docx';
import { sealedNote } from './sealed-note';

/** The annual summary as a Word document in the official format: title, the sentences, and the figures table. */
export function annualSummaryDocument(summary: AnnualSummary): Promise<Buffer> {
  return officialDocument({
    title: `${summary.townshipName}${summary.year}年度政协工作总结（数据部分）`,
    blocks: [
      { heading1: '一、主要工作情况' },
      ...(summary.sentences.length ? summary.sentences : ['本年度暂无履职记录。']).map((paragraph) => ({ paragraph })),
      { heading1: '二、主要指标' },
      {
        table: {
          header: ['指标', '数值'],
          rows: summary.figures.map((f) => [f.label, f.text]),
          align: ['left', 'right'],
          widths: [3, 2],
        },
      },
    ],
    note: sealedNote(summary.year, summary),
  });
}
