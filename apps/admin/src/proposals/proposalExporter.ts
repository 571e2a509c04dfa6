import { enumLabel, todayInChina } from '@cppcc/domain';
import { downloadCSV, type Exporter } from 'react-admin';
import { toCsv } from '../common/csv';

interface ProposalRow {
  year: number;
  serialNo: number;
  title: string;
  session?: string | null;
  category: string;
  proposerKind: string;
  leadMember?: { name: string } | null;
  proposerOrgName?: string | null;
  township?: { name: string } | null;
  submittedOn: string;
  status: string;
  isKey: boolean;
  leadUnit?: { name: string } | null;
  deadline?: string | null;
  overdueDays?: number | null;
  replyClass?: string | null;
  satisfaction?: string | null;
  implementation?: string | null;
}

const COLUMNS: [string, (p: ProposalRow) => string | number | null | undefined][] = [
  ['年度', (p) => p.year],
  ['编号', (p) => p.serialNo],
  ['案由', (p) => p.title],
  ['会议', (p) => p.session ?? '平时提案'],
  ['类别', (p) => enumLabel('ProposalCategory', p.category)],
  ['提案者类型', (p) => enumLabel('ProposerKind', p.proposerKind)],
  ['提案者', (p) => p.leadMember?.name ?? p.proposerOrgName],
  ['所属乡镇', (p) => p.township?.name ?? '县级'],
  ['提交日期', (p) => p.submittedOn],
  ['状态', (p) => enumLabel('ProposalStatus', p.status)],
  ['重点提案', (p) => (p.isKey ? '是' : '')],
  ['主办单位', (p) => p.leadUnit?.name],
  ['办理期限', (p) => p.deadline],
  ['逾期天数', (p) => (p.overdueDays && p.overdueDays > 0 ? p.overdueDays : '')],
  ['答复类别', (p) => (p.replyClass ? `${p.replyClass}类` : '')],
  ['满意度', (p) => enumLabel('Satisfaction', p.satisfaction)],
  ['落实情况', (p) => enumLabel('ImplementationStatus', p.implementation)],
];

export const proposalExporter: Exporter = (records) => {
  const rows = (records as ProposalRow[]).map((p) => COLUMNS.map(([, get]) => get(p) ?? ''));
  downloadCSV(
    `\ufeff${toCsv(
      COLUMNS.map(([h]) => h),
      rows,
    )}`,
    `提案-${todayInChina()}`,
  );
};
