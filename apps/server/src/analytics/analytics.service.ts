import {
  DEFAULT_ASSESSMENT_SCHEME,
  DUTY_RULE_LABELS,
  METRIC_CATALOG,
  METRIC_GROUP_LABELS,
  annualSummarySentences,
  buildComparison,
  buildCountyReport,
  computeMetrics,
  emptyRaw,
  displayValue,
  isMetricKey,
  isPerMemberApplicable,
  isTownshipMetric,
  metricByKey,
  figureText,
  round,
  scoreAssessment,
  validateScheme,
  type AssessmentScheme,
  type MetricKey,
  type TownshipRaw,
} from '@cppcc/analytics';
import type { GraphQLContext } from '../core/context';
import { assertValid, notFound } from '../core/errors';
import { guardWrite, inTransaction } from '../core/record-store';
import { forbidden } from '../core/scope';
import { townshipScope } from '../core/viewer';
import { writeAudit } from '../core/audit-log';
import { Township } from '../townships/township.entity';
import { AssessmentSchemeItem } from './assessment-scheme.entity';
import type {
  AnnualSummary,
  Assessment,
  AssessmentItemInput,
  Comparison,
  CountyAnnualReport,
  MemberDuty,
  MetricDefinition,
  YearMetrics,
} from './analytics.types';
import { aggregate } from './sql-rows';
import { yearAggregates, type YearAggregates } from './township-aggregates';
import { memberDutyRows } from './member-duty';
import { longOperation } from '../core/time-bounds';
import { sealedFigures, type SealedFigures } from '../core/sealed-figures';

const YEAR_MIN = 2000;
const YEAR_MAX = 2100;

export function checkYear(field: string, year: number): void {
  assertValid(
    Number.isInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX
      ? []
      : [{ field, message: `年份应在 ${YEAR_MIN}–${YEAR_MAX} 之间` }],
  );
}

function checkMetrics(metrics: string[] | null | undefined): MetricKey[] | undefined {
  if (!metrics?.length) return undefined;
  assertValid(
    metrics.flatMap((m, i) => {
      if (!isMetricKey(m)) return [{ field: `metrics[${i}]`, message: `未知指标 ${m}` }];
      return isTownshipMetric(m)
        ? []
        : [{ field: `metrics[${i}]`, message: `${metricByKey(m).label}只有全县数据，不能按乡镇比较` }];
    }),
  );
  return metrics as MetricKey[];
}

export function metricCatalog(): MetricDefinition[] {
  return METRIC_CATALOG.map((m) => ({ ...m, groupLabel: METRIC_GROUP_LABELS[m.group] }));
}

/** Aggregates are computed once per year per request (the request's loader registry), however many fields ask. */
function aggregatesOf(ctx: GraphQLContext, year: number): Promise<YearAggregates> {
  return ctx.loaders
    .batch<number, YearAggregates>('year-aggregates', (years) =>
      Promise.all(years.map((y) => yearAggregates(ctx.db, y))),
    )
    .load(year);
}

async function townships(ctx: GraphQLContext): Promise<{ id: number; name: string }[]> {
  return aggregate<{ id: number; name: string }>(
    ctx.db,
    'SELECT t.id AS id, t.name AS name FROM township t ORDER BY t.sortOrder, t.id',
  );
}

async function rowsOf(ctx: GraphQLContext, year: number): Promise<{ rows: TownshipRaw[]; agg: YearAggregates }> {
  const [agg, list] = await Promise.all([aggregatesOf(ctx, year), townships(ctx)]);
  return {
    agg,
    rows: list.map((t) => ({
      townshipId: String(t.id),
      townshipName: t.name,
      raw: agg.byTownship.get(Number(t.id)) ?? emptyRaw(),
    })),
  };
}

/** Where figures come from: a closed year's snapshot when there is one, or the records (closing, drift). */
export type FigureSource = 'sealed' | 'records';

function sealedOf(ctx: GraphQLContext, year: number, source: FigureSource): Promise<SealedFigures | null> {
  return source === 'records' ? Promise.resolve(null) : sealedFigures(ctx, year);
}

const sealMark = (s: SealedFigures) => ({ closedAt: s.closedAt, snapshotHash: s.snapshotHash });

/** The sealed comparison, narrowed to the metrics asked for. */
function sealedComparison(s: SealedFigures, perMember: boolean, keys: MetricKey[] | undefined): Comparison {
  const all = s.figures[perMember ? 'comparisonPerMember' : 'comparison'] as Comparison;
  if (!keys) return { ...all, ...sealMark(s) };
  const wanted = new Set<string>(keys);
  return {
    ...all,
    metrics: all.metrics.filter((m) => wanted.has(m.key)),
    rows: all.rows.map((r) => ({ ...r, values: r.values.filter((v) => wanted.has(v.key)) })),
    ...sealMark(s),
  };
}

export async function townshipComparison(
  ctx: GraphQLContext,
  year: number,
  metrics: string[] | null | undefined,
  perMember: boolean,
  source: FigureSource = 'sealed',
): Promise<Comparison> {
  longOperation();
  checkYear('year', year);
  const keys = checkMetrics(metrics);
  const sealed = await sealedOf(ctx, year, source);
  if (sealed) return sealedComparison(sealed, perMember, keys);
  const [current, previous] = await Promise.all([rowsOf(ctx, year), rowsOf(ctx, year - 1)]);
  // The analytics package's result is the object type's shape (readonly lists): returned as it is.
  return buildComparison({
    year,
    metrics: keys,
    perMember,
    rows: current.rows,
    previousRows: previous.rows,
    countyRaw: current.agg.county,
  });
}

export async function townshipMetrics(
  ctx: GraphQLContext,
  townshipId: number,
  fromYear: number,
  toYear: number,
): Promise<YearMetrics[]> {
  longOperation();
  checkYear('fromYear', fromYear);
  checkYear('toYear', toYear);
  assertValid(
    toYear >= fromYear && toYear - fromYear <= 30
      ? []
      : [{ field: 'toYear', message: '结束年份应不早于开始年份，且跨度不超过30年' }],
  );
  if (!(await ctx.loaders.byId(Township).load(townshipId))) throw notFound('乡镇', townshipId);
  const out: YearMetrics[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    out.push((await sealedYearMetrics(ctx, townshipId, year)) ?? (await recordYearMetrics(ctx, townshipId, year)));
  }
  return out;
}

const TREND_METRICS = METRIC_CATALOG.filter((m) => m.scope === 'township');

async function recordYearMetrics(ctx: GraphQLContext, townshipId: number, year: number): Promise<YearMetrics> {
  const raw = (await aggregatesOf(ctx, year)).byTownship.get(townshipId) ?? emptyRaw();
  const values = computeMetrics(raw);
  return {
    year,
    closedAt: null,
    snapshotHash: null,
    values: TREND_METRICS.map((m) => ({
      key: m.key,
      value: values[m.key],
      perMember: isPerMemberApplicable(m.key) ? displayValue(m.key, values, true, raw.activeMembers) : null,
    })),
  };
}

/**
 * A closed year's trend point is the township's row of the sealed comparison (per member from the
 * sealed per-member comparison); a township added after the close has none and reads the records.
 */
async function sealedYearMetrics(ctx: GraphQLContext, townshipId: number, year: number): Promise<YearMetrics | null> {
  const sealed = await sealedFigures(ctx, year);
  if (!sealed) return null;
  const rowOf = (perMember: boolean) =>
    sealedComparison(sealed, perMember, undefined).rows.find((r) => r.townshipId === String(townshipId));
  const [plain, perMember] = [rowOf(false), rowOf(true)];
  if (!plain || !perMember) return null;
  const valueOf = (row: typeof plain, key: string) => row.values.find((v) => v.key === key)?.value ?? null;
  return {
    year,
    ...sealMark(sealed),
    values: TREND_METRICS.map((m) => ({
      key: m.key,
      value: valueOf(plain, m.key),
      perMember: isPerMemberApplicable(m.key) ? valueOf(perMember, m.key) : null,
    })),
  };
}

export async function assessmentSchemeOf(ctx: GraphQLContext, year: number): Promise<AssessmentScheme> {
  const stored = await ctx.db
    .getRepository(AssessmentSchemeItem)
    .find({ where: { year }, order: { sortOrder: 'ASC', id: 'ASC' } });
  // A scheme saved before a metric became county-only (supervision) or left the catalog keeps
  // its other items: such a metric scored 0 for every township and cannot be scored at all now.
  const usable = stored.filter((s) => isMetricKey(s.metricKey) && isTownshipMetric(s.metricKey));
  return usable.length
    ? usable.map((s) => ({ key: s.metricKey as MetricKey, weight: s.weight, perMember: s.perMember }))
    : DEFAULT_ASSESSMENT_SCHEME;
}

export function describeScheme(scheme: AssessmentScheme) {
  return scheme.map((s) => ({ key: s.key, label: metricByKey(s.key).label, weight: s.weight, perMember: s.perMember }));
}

export async function setAssessmentScheme(ctx: GraphQLContext, year: number, items: AssessmentItemInput[]) {
  checkYear('year', year);
  assertValid(validateScheme(items).map((e) => ({ ...e, field: e.field.replace(/^scheme/, 'items') })));
  return inTransaction(ctx, async (manager) => {
    const repo = manager.getRepository(AssessmentSchemeItem);
    const before = await repo.find({ where: { year }, order: { sortOrder: 'ASC' } });
    await repo.delete({ year });
    await repo.insert(
      items.map((item, i) => ({
        year,
        metricKey: item.key,
        weight: item.weight,
        perMember: item.perMember,
        sortOrder: i,
      })),
    );
    await guardWrite(ctx, manager, {
      entity: AssessmentSchemeItem,
      entityId: year,
      action: 'SET_ASSESSMENT_SCHEME',
      before: null,
      after: null,
      years: [year],
    });
    await writeAudit(manager, ctx, {
      action: 'SET_ASSESSMENT_SCHEME',
      entityType: 'AssessmentScheme',
      entityId: year,
      before: { items: before },
      after: { items },
    });
    return describeScheme(items as AssessmentScheme);
  });
}

export async function assessment(
  ctx: GraphQLContext,
  year: number,
  source: FigureSource = 'sealed',
): Promise<Assessment> {
  longOperation();
  checkYear('year', year);
  const sealed = await sealedOf(ctx, year, source);
  if (sealed) return { ...(sealed.figures.assessment as Assessment), ...sealMark(sealed) };
  const [scheme, { rows }] = await Promise.all([assessmentSchemeOf(ctx, year), rowsOf(ctx, year)]);
  const scored = scoreAssessment(scheme, rows);
  return {
    year,
    scheme: describeScheme(scheme),
    rows: [...scored.rows]
      .sort((a, b) => a.rank - b.rank || Number(a.townshipId) - Number(b.townshipId))
      .map((r) => ({ ...r, score: round(r.score, 2) as number, metrics: [...r.metrics] })),
  };
}

/** Member-level records: officers get their own township only. */
export async function memberDuty(
  ctx: GraphQLContext,
  year: number,
  townshipId: number | null,
  source: FigureSource = 'sealed',
): Promise<MemberDuty[]> {
  longOperation();
  checkYear('year', year);
  const own = townshipScope(ctx.viewer);
  if (own != null && townshipId != null && townshipId !== own) throw forbidden('只能查看本乡镇委员的履职情况');
  const sealed = await sealedOf(ctx, year, source);
  const target = own ?? townshipId;
  if (sealed)
    return (sealed.figures.memberDuty as MemberDuty[]).filter((r) => target == null || r.townshipId === String(target));
  const rows = await memberDutyRows(ctx.db, year, own ?? townshipId ?? undefined);
  return rows.map((r) => ({
    memberId: String(r.memberId),
    memberName: r.name,
    townshipId: String(r.townshipId),
    rules: r.result.outcomes.map((o) => ({ ...o, label: DUTY_RULE_LABELS[o.key] })) as MemberDuty['rules'],
    allMet: r.result.allMet,
    points: r.result.points,
    missed: [...r.result.missed] as MemberDuty['missed'],
  }));
}

const SUMMARY_FIGURES: MetricKey[] = [
  'studySessions',
  'meetings',
  'majorConsultations',
  'microConsultations',
  'inspections',
  'inspectionReports',
  'researchReports',
  'visits',
  'proposalsSubmitted',
  'proposalsAccepted',
  'acceptanceRate',
  'replyRate',
  'satisfactionRate',
  'implementationRate',
  'opinionReports',
  'opinionReportsAdopted',
  'attendanceRate',
  'dutyComplianceRate',
  'planCompletionRate',
];

export async function annualSummary(
  ctx: GraphQLContext,
  townshipId: number,
  year: number,
  source: FigureSource = 'sealed',
): Promise<AnnualSummary> {
  longOperation();
  checkYear('year', year);
  const township = await ctx.loaders.byId(Township).load(townshipId);
  if (!township) throw notFound('乡镇', townshipId);
  const sealed = await sealedOf(ctx, year, source);
  const summary = (sealed?.figures.annualSummaries as AnnualSummary[] | undefined)?.find(
    (a) => a.townshipId === String(townshipId),
  );
  // A township added after the close has no sealed summary: its figures come from the records.
  if (sealed && summary) return { ...summary, ...sealMark(sealed) };
  const values = computeMetrics((await aggregatesOf(ctx, year)).byTownship.get(townshipId) ?? emptyRaw());
  const name = township.bodyName || township.name;
  const sentences = annualSummarySentences(name, year, values);
  return {
    townshipId: String(townshipId),
    townshipName: township.name,
    year,
    figures: SUMMARY_FIGURES.map((key) => {
      const def = metricByKey(key);
      const value = values[key];
      return { key, label: def.label, value, text: figureText(def.kind, value) };
    }),
    sentences,
    text: sentences.join(''),
  };
}

/**
 * 全县年度综述: the county's report on the townships' year, made of the figures the API answers —
 * the year's comparison, assessment and member duty (a closed year's from its snapshot, and then it
 * carries their seal) and last year's comparison as that year reads it (its own snapshot when closed).
 */
export async function countyAnnualReport(ctx: GraphQLContext, year: number): Promise<CountyAnnualReport> {
  longOperation();
  checkYear('year', year);
  // A caller bound to one township (an API token issued for it) reads its own members' duty only:
  // a county report from that would state the county's compliance wrongly.
  if (townshipScope(ctx.viewer) != null) throw forbidden('全县年度综述只供县级用户查看');
  const [comparison, previous, scored, duty] = await Promise.all([
    townshipComparison(ctx, year, null, false),
    year > YEAR_MIN ? townshipComparison(ctx, year - 1, null, false) : null,
    assessment(ctx, year),
    memberDuty(ctx, year, null),
  ]);
  const report = buildCountyReport({ year, comparison, previous, assessment: scored.rows, duty });
  return {
    ...report,
    text: report.sentences.join(''),
    closedAt: comparison.closedAt ?? null,
    snapshotHash: comparison.snapshotHash ?? null,
  };
}
