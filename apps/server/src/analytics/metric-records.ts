/**
 * Drill-down (docs/metrics.md, "Drill-down"; docs/api.md): the records behind a figure of the
 * comparison, the assessment, the member duty table or the annual summary. The rows are those the
 * figure is summed over — figure-rows.ts for RawTownshipYear fields, DUTY_SOURCES for duty rules,
 * dutyContribution for the duty fields summed in Node — selected by the same conditions.
 */
import {
  DUTY_RULE_KEYS,
  dutyContribution,
  isMetricKey,
  metricByKey,
  metricPartFields,
  type DutyRuleKey,
  type MetricPart,
} from '@cppcc/analytics';
import { rules, type ProposalDutyBasis } from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { assertValid, badInput, notFound } from '../core/errors';
import { DEFAULT_PAGE } from '../core/pagination';
import { forbidden } from '../core/scope';
import { longOperation } from '../core/time-bounds';
import { townshipScope } from '../core/viewer';
import { Member } from '../members/member.entity';
import { DUTY_RULE_ROWS, DUTY_SOURCES, type DutySource, type MemberFilter } from '../plans/duty-record';
import { dutyRuleSets } from '../plans/duty-rule-set';
import { Township } from '../townships/township.entity';
import type { MetricRecord, MetricRecordList } from './analytics.types';
import { checkYear } from './analytics.service';
import {
  FIGURE_SOURCES,
  RAW_FIELD_ROWS,
  isSqlRawField,
  type DutyField,
  type FigureSource,
  type SqlRawField,
  type NodeColumns,
} from './figure-rows';
import { memberDutyRows } from './member-duty';
import { listingStatements, type Condition, type Counted, type RowSet } from './row-sets';
import { YEAR_MEMBERS_JOIN, yearMembersParams } from './sql-rows';

export interface MetricRecordsArgs {
  metric: string;
  townshipId: number | null;
  year: number;
  memberId: number | null;
  part: MetricPart;
  page?: { offset?: number; limit?: number } | null;
}

interface Page {
  offset: number;
  limit: number;
}

/** Where the records come from, with the narrowing already decided. */
interface Scope {
  year: number;
  /** null: the county whole (every record, with a township or without). */
  township: number | null;
  member: number | null;
}

const isDutyRuleKey = (s: string): s is DutyRuleKey => (DUTY_RULE_KEYS as readonly string[]).includes(s);

const EMPTY: MetricRecordList = { nodes: [], totalCount: 0, valueSum: null };

/** OR of the fields' conditions; a sum is one field (a row's value would otherwise be ambiguous). */
function unite(counted: readonly Counted[]): Counted {
  if (counted.length === 1) return counted[0];
  if (counted.some((c) => c.value)) throw new TypeError('A part summing values has one field');
  return { when: `(${counted.map((c) => `(${c.when})`).join(' OR ')})` };
}

function nodeSelect(node: NodeColumns, township: string, member: string | undefined): string {
  return [
    `${node.id} AS id`,
    `${node.title} AS title`,
    `${node.date} AS recordDate`,
    `${township} AS townshipId`,
    `${township === 'NULL' ? 'NULL' : 'tn.name'} AS townshipName`,
    `${member ?? 'NULL'} AS memberId`,
    `${member ? 'mn.name' : 'NULL'} AS memberName`,
    `${node.parent?.id ?? 'NULL'} AS parentId`,
  ].join(', ');
}

function nameJoins(township: string, member: string | undefined): string {
  return [
    township === 'NULL' ? '' : `LEFT JOIN township tn ON tn.id = ${township}`,
    member ? `LEFT JOIN member mn ON mn.id = ${member}` : '',
  ].join(' ');
}

/** Oldest first, then by id: a stable order across pages. */
const orderBy = (node: NodeColumns) => (node.date === 'NULL' ? node.id : `${node.date}, ${node.id}`);

const idOrNull = (v: unknown) => (v == null ? null : String(v));
const numberOrNull = (v: unknown) => (v == null ? null : Number(v));

/** Runs a listing's page and totals; names are read as text (a title may look like a number). */
async function runListing(
  ctx: GraphQLContext,
  rows: RowSet,
  listing: { select: string; joins: string; counted: Counted; filters: Condition[]; orderBy: string },
  meta: { recordType: string; parentType: string | null },
  page: Page,
): Promise<MetricRecordList> {
  const statements = listingStatements(rows, listing, page);
  const [found, [totals]] = await Promise.all([
    ctx.db.query(...statements.page) as Promise<Record<string, unknown>[]>,
    ctx.db.query(...statements.totals) as Promise<Record<string, unknown>[]>,
  ]);
  return {
    nodes: found.map((r): MetricRecord => ({
      recordType: meta.recordType,
      id: String(r.id),
      title: String(r.title ?? ''),
      date: r.recordDate == null ? null : String(r.recordDate),
      townshipId: idOrNull(r.townshipId),
      townshipName: r.townshipName == null ? null : String(r.townshipName),
      memberId: idOrNull(r.memberId),
      memberName: r.memberName == null ? null : String(r.memberName),
      parentType: r.parentId == null ? null : meta.parentType,
      parentId: idOrNull(r.parentId),
      value: numberOrNull(r.value),
    })),
    totalCount: Number(totals?.n ?? 0),
    valueSum: listing.counted.value ? Number(totals?.total ?? 0) : null,
  };
}

/** Rows of RawTownshipYear fields the database sums (figure-rows.ts). */
function sqlFieldRecords(ctx: GraphQLContext, fields: readonly SqlRawField[], scope: Scope, page: Page) {
  const sourceKey = RAW_FIELD_ROWS[fields[0]].source;
  if (fields.some((f) => RAW_FIELD_ROWS[f].source !== sourceKey))
    throw new TypeError(`A part's fields come from one source: ${fields.join(', ')}`);
  const source: FigureSource = FIGURE_SOURCES[sourceKey];
  if (scope.member != null && !source.ofMember) {
    throw badInput([{ field: 'memberId', message: '该指标的记录不属于任何委员，不能按委员查看' }]);
  }
  const filters: Condition[] = [];
  if (scope.township != null) filters.push({ sql: `${source.township} = ?`, params: [scope.township] });
  if (scope.member != null) filters.push(source.ofMember!(scope.member));
  const { member, parent } = source.node;
  return runListing(
    ctx,
    source.rows(scope.year),
    {
      select: nodeSelect(source.node, source.township, member),
      joins: nameJoins(source.township, member),
      counted: unite(fields.map((f) => RAW_FIELD_ROWS[f])),
      filters,
      orderBy: orderBy(source.node),
    },
    { recordType: source.recordType, parentType: parent?.type ?? null },
    page,
  );
}

/** The members a duty figure of the township (or county) reads: those counted there in the year. */
function dutyMembers(scope: Scope): MemberFilter {
  const members = `SELECT m.id FROM member m ${YEAR_MEMBERS_JOIN}${scope.township != null ? ' WHERE yt.townshipId = ?' : ''}`;
  const yearParams = [...yearMembersParams(scope.year), ...(scope.township != null ? [scope.township] : [])];
  return {
    sql: (column) =>
      scope.member != null
        ? `${column} = ?${scope.township != null ? ` AND ${column} IN (${members})` : ''}`
        : `${column} IN (${members})`,
    params: scope.member != null ? [scope.member, ...(scope.township != null ? yearParams : [])] : yearParams,
  };
}

/** One duty rule's records: each (member, record) it counts, as memberDuty's `actual`. */
async function dutyRuleRecords(ctx: GraphQLContext, rule: DutyRuleKey, scope: Scope, page: Page) {
  const counted = DUTY_RULE_ROWS[rule];
  const source: DutySource = DUTY_SOURCES[counted.source];
  const basis: ProposalDutyBasis = (await dutyRuleSets(ctx.db.manager, [scope.year])).get(scope.year)!.proposalBasis;
  return runListing(
    ctx,
    source.rows(scope.year, basis, dutyMembers(scope)),
    {
      select: nodeSelect(source.node, source.township, source.member),
      joins: `${source.joins} ${nameJoins(source.township, source.member)}`,
      counted,
      filters: [],
      orderBy: `${orderBy(source.node)}, ${source.member}`,
    },
    { recordType: source.recordType, parentType: null },
    page,
  );
}

/** Members behind the duty fields, which are evaluated in Node (member-duty.ts): those with a share. */
async function dutyFieldRecords(
  ctx: GraphQLContext,
  fields: readonly DutyField[],
  scope: Scope,
  page: Page,
): Promise<MetricRecordList> {
  const rows = (await memberDutyRows(ctx.db, scope.year, scope.township ?? undefined)).filter(
    (r) =>
      (scope.member == null || r.memberId === scope.member) && fields.some((f) => dutyContribution(r.result)[f] !== 0),
  );
  const sum = fields.length === 1 && fields[0] === 'dutyPointsSum';
  const shown = rows.slice(page.offset, page.offset + page.limit);
  const townships = await ctx.loaders.byId(Township).loadMany([...new Set(shown.map((r) => r.townshipId))]);
  const names = new Map(townships.flatMap((t) => (t && !(t instanceof Error) ? [[t.id, t.name] as const] : [])));
  return {
    nodes: shown.map((r) => ({
      recordType: 'Member',
      id: String(r.memberId),
      title: r.name,
      date: null,
      townshipId: String(r.townshipId),
      townshipName: names.get(r.townshipId) ?? null,
      memberId: String(r.memberId),
      memberName: r.name,
      parentType: null,
      parentId: null,
      value: sum ? r.result.points : null,
    })),
    totalCount: rows.length,
    valueSum: sum ? rows.reduce((total, r) => total + r.result.points, 0) : null,
  };
}

/**
 * May a township-confined caller narrow to this member? When they read the member, or the member
 * is counted in their township that year (the member duty table lists them there).
 */
async function memberVisible(ctx: GraphQLContext, memberId: number, scope: Scope): Promise<boolean> {
  if (await ctx.loaders.byId(Member).load(memberId)) return true;
  if (scope.township == null) return false;
  const rows = (await ctx.db.query(
    `SELECT m.id AS id FROM member m ${YEAR_MEMBERS_JOIN} WHERE m.id = ? AND yt.townshipId = ?`,
    [...yearMembersParams(scope.year), memberId, scope.township],
  )) as unknown[];
  return rows.length > 0;
}

export async function metricRecords(ctx: GraphQLContext, args: MetricRecordsArgs): Promise<MetricRecordList> {
  longOperation();
  checkYear('year', args.year);
  const { metric, part } = args;
  const catalogMetric = isMetricKey(metric);
  if (!catalogMetric && !isDutyRuleKey(metric)) {
    throw badInput([{ field: 'metric', message: `未知指标 ${metric}（指标目录的 key 或履职规则）` }]);
  }
  if (!catalogMetric && part !== 'NUMERATOR') {
    throw badInput([{ field: 'part', message: '履职规则只有计数，没有分母' }]);
  }
  const page = { offset: args.page?.offset ?? DEFAULT_PAGE.offset, limit: args.page?.limit ?? DEFAULT_PAGE.limit };
  assertValid(rules.page(page.offset, page.limit));

  // An officer drills into their own township's figures only, as memberDuty reads (the comparison's
  // numbers are everyone's, the records behind them are not).
  const own = townshipScope(ctx.viewer);
  if (own != null && args.townshipId != null && args.townshipId !== own) {
    throw forbidden('只能查看本乡镇指标的明细');
  }
  const township = own ?? args.townshipId;
  if (catalogMetric && metricByKey(metric).scope === 'county' && township != null) {
    const message = `${metricByKey(metric).label}只有全县数据`;
    if (own != null) throw forbidden(message);
    throw badInput([{ field: 'townshipId', message: `${message}，不能按乡镇查看` }]);
  }
  if (township != null && own == null && !(await ctx.loaders.byId(Township).load(township))) {
    throw notFound('乡镇', township);
  }
  const scope: Scope = { year: args.year, township, member: args.memberId };
  // Like an id filter of a list: a member the caller may not see matches nothing.
  if (scope.member != null && own != null && !(await memberVisible(ctx, scope.member, scope))) return EMPTY;

  if (!catalogMetric) return dutyRuleRecords(ctx, metric, scope, page);
  const fields = metricPartFields(metric, part);
  if (fields.every(isSqlRawField)) return sqlFieldRecords(ctx, fields, scope, page);
  if (fields.some(isSqlRawField)) throw new TypeError(`A part's fields come from one source: ${fields.join(', ')}`);
  return dutyFieldRecords(ctx, fields as DutyField[], scope, page);
}
