import { figureCells, metricByKey, movesText, percent, amount, NO_VALUE, type MetricKey } from '@cppcc/analytics';
import { todayInChina } from '@cppcc/domain';
import type { CountyAnnualReport } from './analytics.types';
import { sealedNote } from './sealed-note';
import { officialDocument, type OfficialBlock } from './official-docx';

/** Who issues the county report. */
const ISSUING_OFFICE = '县政协办公室';

/** The report's file and title. */
export const countyReportTitle = (year: number) => `${year}年度全县乡镇政协工作综述`;

const orDash = (v: number | null, text: (n: number) => string) => (v === null ? NO_VALUE : text(v));

/**
 * 全县年度综述 as an official document: the 综述's sentences, then its figures as tables (indicators,
 * townships by assessment rank, their workload, the biggest movers), signed by the county office on
 * the day the year was closed (today while it is open).
 */
export function countyReportDocument(report: CountyAnnualReport): Promise<Buffer> {
  const byRank = [...report.townships].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  const workKeys = (report.townships[0]?.figures ?? []).map((f) => f.key as MetricKey);
  const sum = (key: string) => report.figures.find((f) => f.key === key)?.total ?? null;
  const tables: OfficialBlock[] = [
    { heading2: '（一）主要指标' },
    {
      table: {
        header: ['指标', '各乡镇合计', '乡镇平均', '中位数', '上年', '增减'],
        rows: report.figures.map((f) => {
          const c = figureCells(f);
          return [f.unit ? `${f.label}（${f.unit}）` : f.label, c.total, c.mean, c.median, c.previous, c.change];
        }),
        align: ['left', 'right', 'right', 'right', 'right', 'right'],
        widths: [2.4, 1.2, 1.2, 1.1, 1.1, 1.8],
      },
    },
    { heading2: '（二）各乡镇考核与委员履职情况' },
    {
      table: {
        header: ['乡镇', '考核得分', '名次', '计划完成率', '在任委员', '履职达标', '达标率'],
        rows: byRank.map((t) => [
          t.townshipName,
          orDash(t.score, amount),
          orDash(t.rank, String),
          percent(t.planCompletionRate),
          String(t.members),
          String(t.membersMeetingAllRules),
          percent(t.dutyComplianceRate),
        ]),
        align: ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
        widths: [2, 1.2, 0.8, 1.3, 1.1, 1.1, 1.1],
      },
    },
    { heading2: '（三）各乡镇主要工作量' },
    {
      table: {
        header: ['乡镇', ...workKeys.map((k) => metricByKey(k).label)],
        rows: [
          ...report.townships.map((t) => [t.townshipName, ...t.figures.map((f) => orDash(f.value, amount))]),
          ['合计', ...workKeys.map((k) => orDash(sum(k), amount))],
        ],
        align: ['left', ...workKeys.map(() => 'right' as const)],
        widths: [1.8, ...workKeys.map(() => 1)],
      },
    },
  ];
  if (report.movers.length)
    tables.push(
      { heading2: '（四）与上年相比变化较大的乡镇' },
      {
        table: {
          header: ['指标', '增加最多', '减少最多'],
          rows: report.movers.map((m) => [m.label, movesText(m, m.rises), movesText(m, m.falls)]),
          widths: [1.4, 2.5, 2.5],
        },
      },
    );
  return officialDocument({
    title: countyReportTitle(report.year),
    blocks: [
      { heading1: '一、总体情况' },
      ...(report.sentences.length ? report.sentences : ['本年度各乡镇暂无履职记录。']).map((paragraph) => ({
        paragraph,
      })),
      { heading1: '二、主要数据' },
      ...tables,
    ],
    signature: {
      office: ISSUING_OFFICE,
      date: todayInChina(report.closedAt ? new Date(report.closedAt) : new Date()),
    },
    note: sealedNote(report.year, report),
  });
}
