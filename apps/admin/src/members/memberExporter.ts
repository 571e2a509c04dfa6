// CSV of the filtered member list, with Chinese headers and labels (react-admin's exporter hook:
// the ExportButton fetches every matching record through the data provider, 500 per request).
import { enumLabel, todayInChina } from '@cppcc/domain';
import { downloadCSV, type Exporter } from 'react-admin';
import { toCsv } from '../common/csv';

interface MemberRow {
  name: string;
  gender: string;
  ethnicity?: string;
  birthDate?: string | null;
  birthYear?: number | null;
  affiliation: string;
  sector?: { name: string } | null;
  township?: { name: string } | null;
  kind: string;
  term?: string;
  status: string;
  workUnit?: string | null;
  title?: string | null;
  phone?: string | null;
  joinedOn?: string | null;
  leftOn?: string | null;
  leaveReason?: string | null;
  archivedAt?: string | null;
}

export const MEMBER_CSV_COLUMNS: [string, (m: MemberRow) => string | null | undefined][] = [
  ['姓名', (m) => m.name],
  ['性别', (m) => enumLabel('Gender', m.gender)],
  ['民族', (m) => m.ethnicity],
  // masked for some users (leaders): then only the year is known
  ['出生日期', (m) => m.birthDate ?? (m.birthYear != null ? `${m.birthYear}年` : null)],
  ['政治面貌', (m) => enumLabel('PoliticalAffiliation', m.affiliation)],
  ['界别', (m) => m.sector?.name],
  ['所在乡镇', (m) => m.township?.name],
  ['委员类别', (m) => enumLabel('MemberKind', m.kind)],
  ['届别', (m) => m.term],
  ['状态', (m) => enumLabel('MemberStatus', m.status) + (m.archivedAt ? '（已归档）' : '')],
  ['工作单位', (m) => m.workUnit],
  ['职务', (m) => m.title],
  ['联系电话', (m) => m.phone],
  ['加入日期', (m) => m.joinedOn],
  ['离任日期', (m) => m.leftOn],
  ['离任原因', (m) => m.leaveReason],
];

export function membersToCsv(records: MemberRow[]): string {
  return toCsv(
    MEMBER_CSV_COLUMNS.map(([header]) => header),
    records.map((m) => MEMBER_CSV_COLUMNS.map(([, get]) => get(m) ?? '')),
  );
}

export const memberExporter: Exporter = (records) => {
  // BOM so that Excel opens the UTF-8 file with the Chinese text intact.
  downloadCSV(`\ufeff${membersToCsv(records as MemberRow[])}`, `委员名单-${todayInChina()}`);
};
