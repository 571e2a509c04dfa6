import ExcelJS from 'exceljs';
import { NO_VALUE, UNIT_FIGURE_COLUMNS, rankUnits, type UnitFigureColumn } from '@cppcc/analytics';
import { addSheetRow } from '../core/sheet-row';
import type { HandlingUnitStats } from './proposal.unit-stats';

function cell(column: UnitFigureColumn, value: number | null): number | string {
  if (value == null) return NO_VALUE;
  if (column.kind === 'rate') return Math.round(value * 10000) / 10000;
  return column.kind === 'days' ? Math.round(value * 10) / 10 : value;
}

/** 承办单位办理情况 of a year as a workbook: ranked on one column, every column shown. */
export async function unitStatsWorkbook(
  year: number,
  rows: readonly HandlingUnitStats[],
  sort: UnitFigureColumn['key'],
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '县政协乡镇政协工作平台';
  const sortColumn = UNIT_FIGURE_COLUMNS.find((c) => c.key === sort)!;
  const sheet = book.addWorksheet('承办单位办理情况', { views: [{ state: 'frozen', xSplit: 2, ySplit: 2 }] });
  addSheetRow(sheet, [`${year}年承办单位提案办理情况（按${sortColumn.label}排名）`]).font = { bold: true, size: 14 };
  addSheetRow(sheet, ['排名', '承办单位', ...UNIT_FIGURE_COLUMNS.map((c) => c.label)]).font = { bold: true };
  for (const { row, rank } of rankUnits(rows, sort))
    addSheetRow(sheet, [rank, row.unitName, ...UNIT_FIGURE_COLUMNS.map((c) => cell(c, row[c.key]))]);
  UNIT_FIGURE_COLUMNS.forEach((c, i) => {
    if (c.kind === 'rate') sheet.getColumn(3 + i).numFmt = '0.00%';
  });
  sheet.getColumn(2).width = 22;
  return Buffer.from(await book.xlsx.writeBuffer());
}
