/**
 * The county's annual report on township work (县政协年度乡镇政协工作综述): the year's figures over
 * every township — totals, means, the assessment ranking, the biggest movers against last year, plan
 * completion and who met the duty rules — and the same as Chinese sentences in the manner of a county
 * CPPCC office's 综述. Built from what the API already answers (comparison, assessment, member duty),
 * so a closed year's report is its snapshot's.
 */
import { metricByKey, type MetricKey, type MetricKind } from './catalog';
import { METRIC_PARTS } from './formulas';
import type { RawField } from './raw';
import { change, countyStats } from './ranking';
import { round } from './round';
import { amount, NO_VALUE, percent } from './summary';

/** The parts of a comparison the report reads (the analytics' `Comparison` and the API's both fit). */
export interface ReportComparison {
  readonly metrics: readonly { readonly key: string; readonly mean: number | null; readonly median: number | null }[];
  readonly rows: readonly {
    readonly townshipId: string;
    readonly townshipName: string;
    readonly values: readonly { readonly key: string; readonly value: number | null }[];
  }[];
}

/** A township's assessment result (rows of `assessment`). */
export interface ReportAssessmentRow {
  readonly townshipId: string;
  readonly townshipName: string;
  readonly score: number;
  readonly rank: number;
}

/** One member's duty result (rows of `memberDuty`): their township and whether they met every rule. */
export interface ReportDutyRow {
  readonly townshipId: string;
  readonly allMet: boolean;
}

export interface CountyReportInput {
  readonly year: number;
  /** The year's comparison of every township metric, raw values (not per member). */
  readonly comparison: ReportComparison;
  /** The previous year's comparison, as that year's own report reads it; absent: nothing against last year. */
  readonly previous?: ReportComparison | null;
  readonly assessment: readonly ReportAssessmentRow[];
  readonly duty: readonly ReportDutyRow[];
}

/** A county figure over the townships. */
export interface CountyReportFigure {
  readonly key: MetricKey;
  readonly label: string;
  readonly kind: MetricKind;
  /** Measure word of a count or amount (件, 篇, 次, 元 …); empty for a rate. */
  readonly unit: string;
  /**
   * Sum of the township values (counts, amounts); a rate whose parts are themselves figures is
   * Σ numerator ÷ Σ denominator of the townships (立案率 = Σ 立案 ÷ Σ 提交), other rates null.
   */
  readonly total: number | null;
  /** Mean and median of township values, nulls ignored (the comparison's). */
  readonly mean: number | null;
  readonly median: number | null;
  /** The same total of the previous year; null without one. */
  readonly previousTotal: number | null;
  readonly change: number | null;
  readonly changeRate: number | null;
}

export interface CountyReportRanked {
  readonly townshipId: string;
  readonly townshipName: string;
  readonly rank: number;
  readonly score: number;
}

export interface CountyReportMove {
  readonly townshipId: string;
  readonly townshipName: string;
  readonly value: number;
  readonly previous: number;
  /** value − previous (rates: in fraction points). */
  readonly change: number;
  /** change ÷ |previous|; null when previous is 0. */
  readonly changeRate: number | null;
}

/** Per key metric, the townships that rose and fell most against last year. */
export interface CountyReportMover {
  readonly key: MetricKey;
  readonly label: string;
  readonly kind: MetricKind;
  readonly unit: string;
  /** Up to three biggest rises, largest first (only change > 0). */
  readonly rises: readonly CountyReportMove[];
  /** Up to three biggest falls, largest first (only change < 0). */
  readonly falls: readonly CountyReportMove[];
}

export interface CountyReportTownship {
  readonly townshipId: string;
  readonly townshipName: string;
  /** Assessment rank and score; null when the assessment has no row for it. */
  readonly rank: number | null;
  readonly score: number | null;
  /** The key workload figures of the township table (TABLE_METRICS), in that order. */
  readonly figures: readonly { readonly key: MetricKey; readonly value: number | null }[];
  /** null: no plan items (nothing to complete). */
  readonly planCompletionRate: number | null;
  /** Members in the duty table, those meeting every rule, and the share (null without members). */
  readonly members: number;
  readonly membersMeetingAllRules: number;
  readonly dutyComplianceRate: number | null;
}

export interface CountyReportDuty {
  readonly members: number;
  readonly membersMeetingAllRules: number;
  /** null when there are no members. */
  readonly rate: number | null;
}

export interface CountyReport {
  readonly year: number;
  readonly townshipCount: number;
  readonly figures: readonly CountyReportFigure[];
  /** Assessment: the first three ranks and the last three (not repeating the first); empty when nobody scored. */
  readonly top: readonly CountyReportRanked[];
  readonly bottom: readonly CountyReportRanked[];
  /** Empty without a previous year. */
  readonly movers: readonly CountyReportMover[];
  /** In the comparison's order (the county's order of townships). */
  readonly townships: readonly CountyReportTownship[];
  readonly duty: CountyReportDuty;
  readonly sentences: readonly string[];
}

/** The figures of the report, in the order of the 综述. */
export const REPORT_METRICS: readonly MetricKey[] = [
  'studySessions',
  'meetings',
  'majorConsultations',
  'microConsultations',
  'inspections',
  'inspectionReports',
  'researchReports',
  'visits',
  'suggestionsMade',
  'suggestionsAdopted',
  'suggestionAdoptionRate',
  'proposalsSubmitted',
  'proposalsAccepted',
  'acceptanceRate',
  'keyProposals',
  'proposalsReplied',
  'replyRate',
  'satisfactionRate',
  'opinionReports',
  'opinionReportsAdopted',
  'opinionAdoptionRate',
  'opinionAdoptedProvincialOrAbove',
  'leaderInstructions',
  'donationsYuan',
  'publicityItems',
  'activeMembers',
  'attendanceRate',
  'memberParticipationRate',
  'planCompletionRate',
];

/** The metrics whose movers the report names: the work a county office compares townships on. */
export const MOVER_METRICS: readonly MetricKey[] = [
  'proposalsSubmitted',
  'opinionReports',
  'studySessions',
  'microConsultations',
  'inspections',
  'researchReports',
  'attendanceRate',
];

/** The columns of the township table beside rank, plan and duty. */
export const TABLE_METRICS: readonly MetricKey[] = [
  'proposalsSubmitted',
  'opinionReports',
  'studySessions',
  'majorConsultations',
  'microConsultations',
  'inspections',
  'researchReports',
];

const UNITS: Partial<Record<MetricKey, string>> = {
  proposalsSubmitted: '件',
  proposalsAccepted: '件',
  keyProposals: '件',
  proposalsReplied: '件',
  inspectionReports: '篇',
  researchReports: '篇',
  suggestionsMade: '条',
  suggestionsAdopted: '条',
  opinionReports: '篇',
  opinionReportsAdopted: '篇',
  opinionAdoptedProvincialOrAbove: '篇',
  leaderInstructions: '篇',
  donationsYuan: '元',
  supervisionTargets: '个',
  rectificationItems: '项',
  specialSupervisors: '人',
  activeMembers: '人',
};

/** The measure word of a metric's figure: 次 for activities, none for a rate. */
export function unitOf(key: MetricKey): string {
  const { kind } = metricByKey(key);
  if (kind === 'rate') return '';
  return UNITS[key] ?? (kind === 'amount' ? '' : '次');
}

/** The count metric that is exactly one raw field, by that field: the parts of a rate the report can sum. */
const FIELD_METRIC = new Map<RawField, MetricKey>(
  Object.entries(METRIC_PARTS)
    .filter(([, p]) => !p.denominator && p.numerator.length === 1)
    .map(([key, p]) => [p.numerator[0], key as MetricKey]),
);

type Column = ReadonlyMap<string, number | null>;

/** Township values of each metric of a comparison, by townshipId. */
function columnsOf(c: ReportComparison): Map<string, Column> {
  const out = new Map<string, Map<string, number | null>>();
  for (const row of c.rows)
    for (const v of row.values) {
      if (!out.has(v.key)) out.set(v.key, new Map());
      out.get(v.key)!.set(row.townshipId, v.value);
    }
  return out;
}

/** Σ of the township values, or for a rate Σ numerator ÷ Σ denominator when its parts are figures of the comparison. */
function townshipTotal(key: MetricKey, columns: Map<string, Column>): number | null {
  const sum = (k: string) => {
    const column = columns.get(k);
    return column ? countyStats([...column.values()]).total : undefined;
  };
  const parts = METRIC_PARTS[key];
  if (!parts.denominator) return sum(key) ?? null;
  const add = (fields: readonly RawField[]) =>
    fields.reduce<number | null>((acc, f) => {
      const k = FIELD_METRIC.get(f);
      const s = k ? sum(k) : undefined;
      return acc === null || s === undefined ? null : acc + (s ?? 0);
    }, 0);
  const numerator = add(parts.numerator);
  const denominator = add(parts.denominator);
  return numerator === null || !denominator ? null : numerator / denominator;
}

/** True when the comparison has some value other than 0 for the metric: a year to compare against. */
function hasData(column: Column | undefined): boolean {
  return !!column && [...column.values()].some((v) => v !== null && v !== 0);
}

function figuresOf(input: CountyReportInput): CountyReportFigure[] {
  const now = columnsOf(input.comparison);
  const before = input.previous ? columnsOf(input.previous) : null;
  const stats = new Map(input.comparison.metrics.map((m) => [m.key, m]));
  return REPORT_METRICS.filter((key) => now.has(key)).map((key) => {
    const def = metricByKey(key);
    const total = townshipTotal(key, now);
    const previousTotal = before && hasData(before.get(key)) ? townshipTotal(key, before) : null;
    const c = change(total, previousTotal);
    return {
      key,
      label: def.label,
      kind: def.kind,
      unit: unitOf(key),
      total,
      mean: stats.get(key)?.mean ?? null,
      median: stats.get(key)?.median ?? null,
      previousTotal,
      change: c.delta,
      changeRate: c.deltaRate,
    };
  });
}

function moversOf(input: CountyReportInput): CountyReportMover[] {
  if (!input.previous) return [];
  const before = columnsOf(input.previous);
  return MOVER_METRICS.flatMap((key): CountyReportMover[] => {
    const past = before.get(key);
    // Rising from a year with no records is not a movement worth naming.
    if (!hasData(past)) return [];
    const moves = input.comparison.rows.flatMap((row): CountyReportMove[] => {
      const value = row.values.find((v) => v.key === key)?.value ?? null;
      const previous = past!.get(row.townshipId) ?? null;
      const c = change(value, previous);
      if (value === null || previous === null || c.delta === null) return [];
      return [
        {
          townshipId: row.townshipId,
          townshipName: row.townshipName,
          value,
          previous,
          change: c.delta,
          changeRate: c.deltaRate,
        },
      ];
    });
    const def = metricByKey(key);
    // Rounded so that float noise (0.1 + 0.2) neither orders nor separates equal changes.
    const by = (m: CountyReportMove) => round(m.change, 9);
    const rises = moves
      .filter((m) => by(m) > 0)
      .sort((a, b) => by(b) - by(a))
      .slice(0, 3);
    const falls = moves
      .filter((m) => by(m) < 0)
      .sort((a, b) => by(a) - by(b))
      .slice(0, 3);
    if (!rises.length && !falls.length) return [];
    return [{ key, label: def.label, kind: def.kind, unit: unitOf(key), rises, falls }];
  });
}

function rankingOf(rows: readonly ReportAssessmentRow[]): { top: CountyReportRanked[]; bottom: CountyReportRanked[] } {
  // All zero: nobody did anything the scheme weighs, so there is no ranking to publish.
  if (!rows.some((r) => r.score > 0)) return { top: [], bottom: [] };
  const sorted = rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.rank - b.r.rank || a.i - b.i)
    .map(({ r }) => ({ townshipId: r.townshipId, townshipName: r.townshipName, rank: r.rank, score: r.score }));
  const top = sorted.filter((r) => r.rank <= 3);
  const cut = sorted.length > 3 ? sorted[sorted.length - 3].rank : Infinity;
  const bottom = sorted.filter((r) => r.rank >= cut && r.rank > 3);
  return { top, bottom };
}

function townshipsOf(input: CountyReportInput): CountyReportTownship[] {
  const now = columnsOf(input.comparison);
  const ranks = new Map(input.assessment.map((r) => [r.townshipId, r]));
  const duty = new Map<string, { members: number; met: number }>();
  for (const d of input.duty) {
    const t = duty.get(d.townshipId) ?? { members: 0, met: 0 };
    t.members += 1;
    if (d.allMet) t.met += 1;
    duty.set(d.townshipId, t);
  }
  return input.comparison.rows.map((row) => {
    const value = (key: MetricKey) => now.get(key)?.get(row.townshipId) ?? null;
    const d = duty.get(row.townshipId) ?? { members: 0, met: 0 };
    const a = ranks.get(row.townshipId);
    return {
      townshipId: row.townshipId,
      townshipName: row.townshipName,
      rank: a?.rank ?? null,
      score: a?.score ?? null,
      figures: TABLE_METRICS.filter((k) => now.has(k)).map((key) => ({ key, value: value(key) })),
      planCompletionRate: value('planCompletionRate'),
      members: d.members,
      membersMeetingAllRules: d.met,
      dutyComplianceRate: d.members ? d.met / d.members : null,
    };
  });
}

/** The county report of the year: structured figures and the 综述's sentences. */
export function buildCountyReport(input: CountyReportInput): CountyReport {
  const figures = figuresOf(input);
  const { top, bottom } = rankingOf(input.assessment);
  const movers = moversOf(input);
  const townships = townshipsOf(input);
  const members = townships.reduce((s, t) => s + t.members, 0);
  const met = townships.reduce((s, t) => s + t.membersMeetingAllRules, 0);
  const duty = { members, membersMeetingAllRules: met, rate: members ? met / members : null };
  const report = {
    year: input.year,
    townshipCount: input.comparison.rows.length,
    figures,
    top,
    bottom,
    movers,
    townships,
    duty,
  };
  return { ...report, sentences: countyReportSentences(report) };
}

// ---- Sentences ----

const mean1 = (n: number) => String(round(n, 1));
const pp = (fraction: number) => `${String(round(Math.abs(fraction) * 100, 2))}个百分点`;

/** A count or amount with its measure word: 86次, 1200.5元. */
function quantity(f: { kind: MetricKind; unit: string }, n: number): string {
  return `${f.kind === 'amount' ? amount(n) : mean1(n)}${f.unit}`;
}

const COUNT_WORDS: Record<number, string> = { 1: '一', 2: '两', 3: '三' };
const joinNames = (names: readonly string[]) => names.join('、');

/** The entries sharing the first entry's value (ties named together). */
function leaders<T>(entries: readonly T[], value: (t: T) => number): T[] {
  if (!entries.length) return [];
  const first = round(value(entries[0]), 9);
  return entries.filter((e) => round(value(e), 9) === first);
}

type ReportBody = Omit<CountyReport, 'sentences'>;

/**
 * The 综述 as sentences. Parts with nothing to report are left out, not written as zero; a rate
 * with a zero denominator (null) is not stated; an empty year has no sentences.
 */
export function countyReportSentences(report: ReportBody): string[] {
  const fig = new Map(report.figures.map((f) => [f.key, f]));
  const total = (key: MetricKey) => fig.get(key)?.total ?? null;
  const n = (key: MetricKey) => total(key) ?? 0;
  const rate = (key: MetricKey, label = metricByKey(key).label) => {
    const v = total(key);
    return v === null ? null : `${label}${percent(v)}`;
  };
  const sentences: string[] = [];

  // 1. Activities, with the township mean of each.
  const activity = (
    [
      ['studySessions', '开展各类学习'],
      ['meetings', '召开会议'],
      ['majorConsultations', '组织大协商'],
      ['microConsultations', '组织微协商'],
      ['inspections', '开展视察'],
      ['researchReports', '形成调研报告'],
      ['visits', '走访接待、听取社情民意'],
    ] as const
  )
    .filter(([key]) => n(key) > 0)
    .map(([key, verb], i) => {
      const f = fig.get(key)!;
      const avg = f.mean === null ? '' : `、${i === 0 ? '平均每个乡镇' : '平均'}${quantity(f, f.mean)}`;
      return `${verb}${quantity(f, n(key))}${avg}`;
    });
  if (activity.length)
    sentences.push(`${report.year}年，全县${report.townshipCount}个乡镇（街道）共${activity.join('，')}。`);

  if (n('suggestionsMade') > 0) {
    const parts = [`各乡镇委员提出意见建议${n('suggestionsMade')}条`, `被采纳${n('suggestionsAdopted')}条`];
    const r = rate('suggestionAdoptionRate', '采纳率');
    sentences.push(`${[...parts, ...(r ? [r] : [])].join('，')}。`);
  }

  if (n('proposalsSubmitted') > 0) {
    const parts = [`各乡镇委员共提交提案${n('proposalsSubmitted')}件`, `立案${n('proposalsAccepted')}件`];
    const accepted = rate('acceptanceRate');
    if (accepted) parts.push(accepted);
    if (n('keyProposals') > 0) parts.push(`其中重点提案${n('keyProposals')}件`);
    const replied = rate('replyRate');
    if (replied) parts.push(replied);
    const satisfied = fig.get('satisfactionRate')?.mean;
    if (satisfied != null) parts.push(`各乡镇平均满意率${percent(satisfied)}`);
    sentences.push(`${parts.join('，')}。`);
  }

  if (n('opinionReports') > 0) {
    const parts = [`报送社情民意信息${n('opinionReports')}篇`, `被采用${n('opinionReportsAdopted')}篇`];
    const adopted = rate('opinionAdoptionRate', '采用率');
    if (adopted) parts.push(adopted);
    if (n('opinionAdoptedProvincialOrAbove') > 0)
      parts.push(`其中省级以上采用${n('opinionAdoptedProvincialOrAbove')}篇`);
    if (n('leaderInstructions') > 0) parts.push(`获领导批示${n('leaderInstructions')}篇`);
    sentences.push(`${parts.join('，')}。`);
  }

  const giving = [
    n('donationsYuan') > 0 && `组织委员捐款${amount(n('donationsYuan'))}元`,
    n('publicityItems') > 0 && `在各级媒体宣传报道${n('publicityItems')}次`,
  ].filter(Boolean);
  if (giving.length) sentences.push(`各乡镇${giving.join('，')}。`);

  // 2. Members: attendance and the duty rules.
  const { duty } = report;
  const memberParts: string[] = [];
  if (duty.members > 0 && duty.rate !== null) {
    memberParts.push(
      `全县乡镇在任委员${duty.members}人，达到全部履职要求的${duty.membersMeetingAllRules}人，委员履职达标率${percent(duty.rate)}`,
    );
    const rated = report.townships.filter((t) => t.dutyComplianceRate !== null);
    const sorted = [...rated].sort((a, b) => b.dutyComplianceRate! - a.dutyComplianceRate!);
    if (sorted.length > 1 && sorted[0].dutyComplianceRate !== sorted[sorted.length - 1].dutyComplianceRate) {
      const high = leaders(sorted, (t) => t.dutyComplianceRate!);
      const low = leaders([...sorted].reverse(), (t) => t.dutyComplianceRate!);
      memberParts.push(
        `达标率最高的是${joinNames(high.map((t) => t.townshipName))}（${percent(high[0].dutyComplianceRate)}），最低的是${joinNames(low.map((t) => t.townshipName))}（${percent(low[0].dutyComplianceRate)}）`,
      );
    }
  }
  const attendance = fig.get('attendanceRate')?.mean;
  if (attendance != null) memberParts.push(`各乡镇委员平均出勤率${percent(attendance)}`);
  if (memberParts.length) sentences.push(`${memberParts.join('；')}。`);

  // 3. Plans.
  const planned = report.townships.filter((t) => t.planCompletionRate !== null);
  if (planned.length) {
    const avg = planned.reduce((s, t) => s + t.planCompletionRate!, 0) / planned.length;
    const parts = [`已制定年度工作计划的${planned.length}个乡镇，计划平均完成率${percent(avg)}`];
    const done = planned.filter((t) => t.planCompletionRate! >= 1);
    if (done.length === planned.length) parts.push('均已全面完成');
    else {
      if (done.length) parts.push(`其中${joinNames(done.map((t) => t.townshipName))}全面完成年度计划`);
      const low = leaders(
        [...planned].sort((a, b) => a.planCompletionRate! - b.planCompletionRate!),
        (t) => t.planCompletionRate!,
      );
      if (planned.length > 1)
        parts.push(
          `完成率最低的是${joinNames(low.map((t) => t.townshipName))}（${percent(low[0].planCompletionRate)}）`,
        );
    }
    sentences.push(`${parts.join('，')}。`);
  }

  // 4. The assessment.
  if (report.top.length) {
    const shared = (r: CountyReportRanked, all: readonly CountyReportRanked[]) =>
      all.filter((o) => o.rank === r.rank).length > 1 ? `，并列第${r.rank}名` : '';
    const all = [...report.top, ...report.bottom];
    const named = (list: readonly CountyReportRanked[]) =>
      joinNames(list.map((r) => `${r.townshipName}（${amount(r.score)}分${shared(r, all)}）`));
    const everyone = report.bottom.length === 0 && report.top.length === report.townshipCount;
    const parts = [
      everyone ? `年度考核得分由高到低依次为${named(report.top)}` : `年度考核得分前三位为${named(report.top)}`,
    ];
    if (report.bottom.length)
      parts.push(`后${COUNT_WORDS[Math.min(report.bottom.length, 3)]}位为${named(report.bottom)}`);
    sentences.push(`${parts.join('；')}。`);
  }

  // 5. Against last year: the townships' totals, then the movers.
  const changed = report.figures.filter(
    (f) => f.kind !== 'rate' && f.change !== null && round(f.change, 9) !== 0 && MOVER_METRICS.includes(f.key),
  );
  if (changed.length) {
    const parts = changed.map((f) => {
      const up = f.change! > 0;
      const by = f.changeRate === null ? '' : `，${up ? '增长' : '下降'}${percent(Math.abs(f.changeRate))}`;
      return `${f.label}${up ? '增加' : '减少'}${quantity(f, Math.abs(f.change!))}${by}`;
    });
    sentences.push(`与上年相比，各乡镇${parts.join('；')}。`);
  }
  if (report.movers.length) {
    const parts = report.movers.map((m) => {
      const rate = m.kind === 'rate';
      const say = (list: readonly CountyReportMove[], up: boolean) => {
        const first = leaders(list, (x) => x.change);
        if (!first.length) return null;
        const verb = rate ? (up ? '提高' : '下降') : up ? '增加' : '减少';
        const by = rate ? pp(first[0].change) : quantity(m, Math.abs(first[0].change));
        return `${verb}最多的是${joinNames(first.map((x) => x.townshipName))}（${verb}${by}）`;
      };
      return [say(m.rises, true), say(m.falls, false)].filter(Boolean).join('，');
    });
    sentences.push(`从各乡镇看，${report.movers.map((m, i) => `${m.label}${parts[i]}`).join('；')}。`);
  }
  return sentences;
}

// ---- Table cells (the Word document and the console write the figures alike) ----

/** A change as a table writes it: "+4件", "-2次", "+10个百分点" for a rate; "—" for none. */
export function changeText(kind: string, unit: string, delta: number | null): string {
  if (delta === null) return NO_VALUE;
  const sign = delta > 0 ? '+' : delta < 0 ? '-' : '';
  return kind === 'rate' ? `${sign}${pp(delta)}` : `${sign}${amount(round(Math.abs(delta), 2))}${unit}`;
}

/** A figure's cells: its total, mean, median and last year's as text (rates as percentages, means to one decimal). */
export function figureCells(f: {
  readonly kind: string;
  readonly unit: string;
  readonly total: number | null;
  readonly mean: number | null;
  readonly median: number | null;
  readonly previousTotal: number | null;
  readonly change: number | null;
}): { total: string; mean: string; median: string; previous: string; change: string } {
  const text = (v: number | null, digits: number) =>
    v === null ? NO_VALUE : f.kind === 'rate' ? percent(v) : amount(round(v, digits));
  return {
    total: text(f.total, 2),
    mean: text(f.mean, 1),
    median: text(f.median, 1),
    previous: text(f.previousTotal, 2),
    change: changeText(f.kind, '', f.change),
  };
}

/** A mover cell: "甲山镇 +4件、乙水乡 +2件", or "—" when none. */
export function movesText(
  m: { readonly kind: string; readonly unit: string },
  moves: readonly { readonly townshipName: string; readonly change: number }[],
): string {
  return moves.length
    ? moves.map((x) => `${x.townshipName} ${changeText(m.kind, m.unit, x.change)}`).join('、')
    : NO_VALUE;
}
