import { enumLabel, todayInChina } from '@cppcc/domain';
import { downloadCSV, type Exporter } from 'react-admin';
import { toCsv } from '../common/csv';

interface ActivityRow {
  heldOn: string;
  title: string;
  kind: string;
  meetingKind?: string | null;
  consultationScale?: string | null;
  township?: { name: string } | null;
  location?: string | null;
  topic?: string | null;
  presentCount?: number;
  participantCount?: number;
  suggestionsMade?: number;
  suggestionsAdopted?: number;
  donationYuan?: number;
}

const COLUMNS: [string, (a: ActivityRow) => string | number | null | undefined][] = [
  ['日期', (a) => a.heldOn],
  ['活动名称', (a) => a.title],
  ['类型', (a) => enumLabel('ActivityKind', a.kind)],
  [
    '会议类型/协商规模',
    (a) => enumLabel('MeetingKind', a.meetingKind) || enumLabel('ConsultationScale', a.consultationScale),
  ],
  ['组织单位', (a) => a.township?.name ?? '县政协'],
  ['地点', (a) => a.location],
  ['主题', (a) => a.topic],
  ['出席人数', (a) => a.presentCount],
  ['应到人数', (a) => a.participantCount],
  ['提出建议', (a) => a.suggestionsMade],
  ['采纳建议', (a) => a.suggestionsAdopted],
  ['捐款（元）', (a) => a.donationYuan],
];

export const activityExporter: Exporter = (records) => {
  const rows = (records as ActivityRow[]).map((a) => COLUMNS.map(([, get]) => get(a) ?? ''));
  downloadCSV(
    `\ufeff${toCsv(
      COLUMNS.map(([h]) => h),
      rows,
    )}`,
    `履职活动-${todayInChina()}`,
  );
};
