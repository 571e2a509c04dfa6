import ExcelJS from 'exceljs';
import { metricByKey, NO_VALUE, type MetricKey } from '@cppcc/analytics';
import type { Comparison } from './analytics.types';
import { addSheetRow } from '../core/sheet-row';
import { sealedNote } from './sealed-note';

function display(kind: string, value: number | null): number | string {
  if (value == null) return NO_VALUE;
  return kind === 'rate' ? Math.round(value * 10000) / 10000 : Math.round(value * 100) / 100;
}

/** The comparison as a workbook: one sheet of values with ranks, one of county statistics. */
export async function comparisonWorkbook(comparison: Comparison): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '县政协乡镇政协工作平台';
  const title = `${comparison.year}年乡镇政协工作比较${comparison.perMember ? '（按委员人均）' : ''}`;
  const sheet = book.addWorksheet('乡镇比较', { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });
  addSheetRow(sheet, [title]);
  sheet.getRow(1).font = { bold: true, size: 14 };
  const header = ['乡镇'];
  for (const m of comparison.metrics) header.push(m.label, `${m.label}排名`, `${m.label}上年`);
  addSheetRow(sheet, header).font = { bold: true };
  for (const row of comparison.rows) {
    const cells: (string | number)[] = [row.townshipName];
    comparison.metrics.forEach((m, i) => {
      const v = row.values[i];
      cells.push(display(m.kind, v.value), v.rank, display(m.kind, v.previous));
    });
    addSheetRow(sheet, cells);
  }
  comparison.metrics.forEach((m, i) => {
    if (m.kind === 'rate') {
      for (const offset of [0, 2]) sheet.getColumn(2 + i * 3 + offset).numFmt = '0.00%';
    }
  });
  const note = sealedNote(comparison.year, comparison);
  if (note) addSheetRow(sheet, [note]).font = { italic: true };
  sheet.getColumn(1).width = 16;
  const stats = book.addWorksheet('全县统计');
  addSheetRow(stats, ['指标', '类型', '全县合计', '平均值', '中位数', '说明']).font = { bold: true };
  for (const m of comparison.metrics) {
    addSheetRow(stats, [
      m.label,
      m.kind,
      display(m.kind, m.total),
      display(m.kind, m.mean),
      display(m.kind, m.median),
      metricByKey(m.key as MetricKey).description,
    ]);
  }
  stats.getColumn(1).width = 16;
  stats.getColumn(6).width = 60;
  return Buffer.from(await book.xlsx.writeBuffer());
}
