import { beforeAll, expect, it } from 'vitest';
import type { RawTownshipYear } from '@cppcc/analytics';
import { yearAggregates, type YearAggregates } from '@cppcc/server/src/analytics/township-aggregates';
import { describeOnDatabases, type Client, type GraphQLResponse } from '../support/api';

// Drill-down on the demo county: for every metric of the catalog, in every township and for the
// county, metricRecords lists exactly the records the figure counts. The expectations name the raw
// fields of each figure here, written from docs/metrics.md (not read from packages/analytics), and
// the raw fields are those townshipComparison's values are computed from.

// 2025: the demo's year in review, whose figures come from the records (2021–2024 are sealed).
const YEAR = 2025;

type Field = keyof RawTownshipYear;
/** A figure's numerator and (rates) denominator; `sum`: the fields add values, not records. */
interface Parts {
  num: Field[];
  den?: Field[];
  sum?: boolean;
  denSum?: boolean;
}

const EXPECTED: Record<string, Parts> = {
  proposalsSubmitted: { num: ['proposalsSubmitted'] },
  proposalsAccepted: { num: ['proposalsAccepted'] },
  acceptanceRate: { num: ['proposalsAccepted'], den: ['proposalsSubmitted'] },
  keyProposals: { num: ['keyProposals'] },
  proposalsReplied: { num: ['proposalsReplied'] },
  replyRate: { num: ['proposalsReplied'], den: ['proposalsAccepted'] },
  onTimeReplyRate: { num: ['repliedOnTime'], den: ['proposalsAccepted'] },
  satisfactionRate: { num: ['feedbackSatisfied', 'feedbackBasicallySatisfied'], den: ['feedbackTotal'] },
  fullySatisfiedRate: { num: ['feedbackSatisfied'], den: ['feedbackTotal'] },
  implementationRate: { num: ['implemented', 'beingImplemented'], den: ['proposalsAccepted'] },
  resolvedRate: { num: ['implemented'], den: ['proposalsAccepted'] },
  studySessions: { num: ['studySessions'] },
  meetings: { num: ['meetings'] },
  majorConsultations: { num: ['majorConsultations'] },
  microConsultations: { num: ['microConsultations'] },
  inspections: { num: ['inspections'] },
  inspectionReports: { num: ['inspectionsWithReport'] },
  researchReports: { num: ['researchWithReport'] },
  visits: { num: ['visits'] },
  suggestionsMade: { num: ['suggestionsMade'], sum: true },
  suggestionsAdopted: { num: ['suggestionsAdopted'], sum: true },
  suggestionAdoptionRate: { num: ['suggestionsAdopted'], den: ['suggestionsMade'], sum: true, denSum: true },
  donationsYuan: { num: ['donationsYuan'], sum: true },
  publicityItems: { num: ['publicityItems'] },
  attendanceRate: { num: ['attendancePresent'], den: ['attendanceTotal'] },
  memberParticipationRate: { num: ['activeMembersPresent'], den: ['activeMembers'] },
  opinionReports: { num: ['opinionReports'] },
  opinionReportsAdopted: { num: ['opinionAdopted'] },
  opinionAdoptionRate: { num: ['opinionAdopted'], den: ['opinionReports'] },
  opinionAdoptedProvincialOrAbove: { num: ['opinionAdoptedProvincialOrAbove'] },
  leaderInstructions: { num: ['leaderInstructions'] },
  supervisionTargets: { num: ['supervisionTargets'] },
  rectificationItems: { num: ['rectificationItems'] },
  rectificationRate: { num: ['rectificationDone'], den: ['rectificationItems'] },
  specialSupervisors: { num: ['specialSupervisors'] },
  activeMembers: { num: ['activeMembers'] },
  dutyComplianceRate: { num: ['membersMeetingAllRules'], den: ['activeMembers'] },
  averageDutyPoints: { num: ['dutyPointsSum'], den: ['activeMembers'], sum: true },
  planCompletionRate: { num: ['planAchievedSum'], den: ['planTargetSum'], sum: true, denSum: true },
};

const LIST = `query($metric: String!, $year: Int!, $townshipId: ID, $memberId: ID, $part: MetricRecordPart, $page: PageInput) {
  metricRecords(metric: $metric, year: $year, townshipId: $townshipId, memberId: $memberId, part: $part, page: $page) {
    totalCount valueSum nodes { recordType id title date townshipId townshipName memberId memberName parentType parentId value }
  } }`;

interface Node {
  recordType: string;
  id: string;
  title: string;
  date: string | null;
  townshipId: string | null;
  memberId: string | null;
  value: number | null;
}
interface RecordList {
  totalCount: number;
  valueSum: number | null;
  nodes: Node[];
}

interface Call {
  metric: string;
  townshipId: string | null;
  part: 'NUMERATOR' | 'DENOMINATOR';
  memberId?: string;
}

const argList = (c: Call) =>
  [
    `metric: "${c.metric}"`,
    `year: ${YEAR}`,
    c.townshipId ? `townshipId: "${c.townshipId}"` : '',
    c.memberId ? `memberId: "${c.memberId}"` : '',
    `part: ${c.part}`,
    'page: { limit: 1 }',
  ]
    .filter(Boolean)
    .join(', ');

/** Totals of many calls, 25 aliases to a document (the limit is 30). */
async function totals(client: Client, calls: Call[]): Promise<{ totalCount: number; valueSum: number | null }[]> {
  const out: { totalCount: number; valueSum: number | null }[] = [];
  for (let i = 0; i < calls.length; i += 25) {
    const chunk = calls.slice(i, i + 25);
    const data = await client.ok<Record<string, { totalCount: number; valueSum: number | null }>>(
      `{ ${chunk.map((c, j) => `c${j}: metricRecords(${argList(c)}) { totalCount valueSum }`).join(' ')} }`,
    );
    chunk.forEach((_, j) => out.push(data[`c${j}`]));
  }
  return out;
}

/** Every record of a call, page by page. */
async function allRecords(client: Client, call: Call, limit = 500): Promise<RecordList> {
  const nodes: Node[] = [];
  let first: RecordList | null = null;
  for (let offset = 0; first == null || offset < first.totalCount; offset += limit) {
    const { metricRecords } = await client.ok<{ metricRecords: RecordList }>(LIST, {
      metric: call.metric,
      year: YEAR,
      townshipId: call.townshipId,
      memberId: call.memberId,
      part: call.part,
      page: { offset, limit },
    });
    first ??= metricRecords;
    nodes.push(...metricRecords.nodes);
  }
  return { ...first, nodes };
}

function expectError(res: GraphQLResponse, code: string, field?: string) {
  expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe(code);
  if (field) expect(res.errors?.[0]?.extensions?.field).toBe(field);
}

const add = (raw: RawTownshipYear, fields: Field[]) => fields.reduce((s, f) => s + raw[f], 0);

describeOnDatabases('drill-down: metricRecords lists exactly what each figure counts', (api) => {
  let agg: YearAggregates;
  let townshipIds: string[];
  let countyOnly: Set<string>;
  let officer: Client;
  let officerTownship: string;

  beforeAll(async () => {
    agg = await yearAggregates(api().server.db, YEAR);
    const data = await api().ok(`{ townships(page: { limit: 100 }) { nodes { id } } metricCatalog { key scope } }`);
    townshipIds = data.townships.nodes.map((t: { id: string }) => t.id);
    const catalog: { key: string; scope: string }[] = data.metricCatalog;
    expect(catalog.map((m) => m.key).sort()).toEqual(Object.keys(EXPECTED).sort());
    countyOnly = new Set(catalog.filter((m) => m.scope === 'county').map((m) => m.key));
    officer = await api().as('officer');
    officerTownship = (await officer.ok(`{ me { townshipId } }`)).me.townshipId;
  });

  it('the raw numbers are those of townshipComparison', async () => {
    const { townshipComparison } = await api().ok(
      `{ townshipComparison(year: ${YEAR}) { metrics { key total } rows { townshipId values { key value } } } }`,
    );
    const check = (key: string, value: number | null, raw: RawTownshipYear) => {
      const { num, den } = EXPECTED[key];
      const n = add(raw, num);
      if (!den) expect(value, key).toBe(n);
      else if (add(raw, den) === 0) expect(value, key).toBeNull();
      else expect(value, key).toBeCloseTo(n / add(raw, den), 9);
    };
    for (const row of townshipComparison.rows) {
      const raw = agg.byTownship.get(Number(row.townshipId))!;
      for (const v of row.values) check(v.key, v.value, raw);
    }
    for (const m of townshipComparison.metrics) check(m.key, m.total, agg.county);
    // A year of real work: most figures are not 0 for the county (a list of 0 proves little).
    const zero = Object.entries(EXPECTED).filter(([, p]) => add(agg.county, p.num) === 0);
    expect(zero.map(([k]) => k)).toEqual([]);
  });

  it('for every metric, township and the county: the numerator and denominator of each figure', async () => {
    const areas = [null, ...townshipIds];
    const calls: (Call & { expected: number; sum: boolean })[] = [];
    for (const [metric, parts] of Object.entries(EXPECTED)) {
      for (const townshipId of areas) {
        if (countyOnly.has(metric) && townshipId != null) continue;
        const raw = townshipId == null ? agg.county : agg.byTownship.get(Number(townshipId))!;
        calls.push({ metric, townshipId, part: 'NUMERATOR', expected: add(raw, parts.num), sum: !!parts.sum });
        // A count's or amount's denominator is the active members it is divided by per member.
        const den = parts.den ?? ['activeMembers'];
        calls.push({ metric, townshipId, part: 'DENOMINATOR', expected: add(raw, den), sum: !!parts.denSum });
      }
    }
    const got = await totals(api(), calls);
    const wrong = calls
      .map((c, i) => ({ c, got: got[i] }))
      .filter(({ c, got }) =>
        c.sum ? got.valueSum !== c.expected : got.totalCount !== c.expected || got.valueSum !== null,
      )
      .map(
        ({ c, got }) =>
          `${c.metric} ${c.part} ${c.townshipId ?? 'county'}: ${JSON.stringify(got)}, expected ${c.expected}`,
      );
    expect(wrong).toEqual([]);
    expect(calls.length).toBeGreaterThan(40 * 2 * 10);
  });

  it('lists sums by the records that add to them, and pages through every record once', async () => {
    const township = townshipIds[0];
    for (const [metric, part] of [
      ['suggestionsAdopted', 'NUMERATOR'],
      ['donationsYuan', 'NUMERATOR'],
      ['planCompletionRate', 'NUMERATOR'],
      ['planCompletionRate', 'DENOMINATOR'],
      ['averageDutyPoints', 'NUMERATOR'],
    ] as const) {
      const list = await allRecords(api(), { metric, townshipId: township, part }, 7);
      expect(list.nodes.length, metric).toBe(list.totalCount);
      expect(
        list.nodes.every((n) => n.value != null && n.value !== 0),
        metric,
      ).toBe(true);
      expect(
        list.nodes.reduce((s, n) => s + n.value!, 0),
        metric,
      ).toBe(list.valueSum);
      expect(new Set(list.nodes.map((n) => n.id)).size, metric).toBe(list.totalCount);
    }
    const attendance = await allRecords(api(), { metric: 'attendanceRate', townshipId: null, part: 'DENOMINATOR' });
    expect(attendance.nodes).toHaveLength(agg.county.attendanceTotal);
    expect(new Set(attendance.nodes.map((n) => n.id)).size).toBe(agg.county.attendanceTotal);
    expect(attendance.nodes.every((n) => n.recordType === 'ActivityParticipant' && n.memberId)).toBe(true);
  });

  it('says what each record is, filed under the township asked for', async () => {
    const township = townshipIds[1];
    const cases: [string, string, string][] = [
      ['proposalsAccepted', 'NUMERATOR', 'Proposal'],
      ['studySessions', 'NUMERATOR', 'Activity'],
      ['opinionReportsAdopted', 'NUMERATOR', 'OpinionReport'],
      ['activeMembers', 'NUMERATOR', 'Member'],
      ['dutyComplianceRate', 'NUMERATOR', 'Member'],
      ['planCompletionRate', 'DENOMINATOR', 'WorkPlanItem'],
    ];
    for (const [metric, part, type] of cases) {
      const { metricRecords } = await api().ok(LIST, { metric, year: YEAR, townshipId: township, part });
      expect(metricRecords.nodes.length, metric).toBeGreaterThan(0);
      for (const n of metricRecords.nodes) {
        expect(n).toMatchObject({ recordType: type, townshipId: township });
        expect(n.title, metric).toBeTruthy();
        expect(n.townshipName).toBeTruthy();
      }
    }
    const { metricRecords: opinions } = await api().ok(LIST, {
      metric: 'opinionReports',
      year: YEAR,
      townshipId: township,
      page: { limit: 500 },
    });
    const ids = opinions.nodes.map((n: Node) => n.id);
    const { opinionReports } = await api().ok(
      `query($ids: [ID!]) { opinionReports(filter: { ids: $ids }, page: { limit: 500 }) { nodes { id year townshipId sourceProposalId } } }`,
      { ids },
    );
    expect(opinionReports.nodes).toHaveLength(ids.length);
    for (const r of opinionReports.nodes)
      expect(r).toMatchObject({ year: YEAR, townshipId: township, sourceProposalId: null });
    const { metricRecords: items } = await api().ok(LIST, {
      metric: 'rectificationRate',
      year: YEAR,
      part: 'DENOMINATOR',
    });
    for (const n of items.nodes)
      expect(n).toMatchObject({ recordType: 'RectificationItem', parentType: 'SupervisionTarget', townshipId: null });
  });

  it('memberId gives one member’s records: their row of the member duty table', async () => {
    const township = townshipIds[0];
    const { memberDuty } = await api().ok(
      `query($t: ID) { memberDuty(year: ${YEAR}, townshipId: $t) { memberId allMet points rules { key actual } } }`,
      { t: township },
    );
    expect(memberDuty.length).toBe(agg.byTownship.get(Number(township))!.activeMembers);
    type Duty = { memberId: string; allMet: boolean; points: number; rules: { key: string; actual: number }[] };
    const rows = memberDuty as Duty[];
    const chosen = [
      ...rows.slice(0, 4),
      rows.find((r) => !r.allMet),
      rows.find((r) => r.allMet),
      rows.find((r) => r.rules.some((x) => x.actual > 1)),
    ].filter((r): r is Duty => r != null);
    const ruleKeys = rows[0].rules.map((r) => r.key);
    const calls: (Call & { expected: number; sum?: boolean })[] = [];
    for (const r of chosen) {
      for (const rule of r.rules)
        calls.push({
          metric: rule.key,
          townshipId: null,
          memberId: r.memberId,
          part: 'NUMERATOR',
          expected: rule.actual,
        });
      // The same duty rule narrowed to the township the member is counted in: the same records.
      for (const rule of r.rules)
        calls.push({
          metric: rule.key,
          townshipId: township,
          memberId: r.memberId,
          part: 'NUMERATOR',
          expected: rule.actual,
        });
      calls.push({
        metric: 'activeMembers',
        townshipId: township,
        memberId: r.memberId,
        part: 'NUMERATOR',
        expected: 1,
      });
      calls.push({
        metric: 'dutyComplianceRate',
        townshipId: null,
        memberId: r.memberId,
        part: 'NUMERATOR',
        expected: r.allMet ? 1 : 0,
      });
      calls.push({
        metric: 'averageDutyPoints',
        townshipId: null,
        memberId: r.memberId,
        part: 'NUMERATOR',
        expected: r.points,
        sum: true,
      });
      // A member's reports are those they (co-)submitted, as the OPINION_REPORT rule counts them.
      const opinion = r.rules.find((x) => x.key === 'OPINION_REPORT');
      if (opinion)
        calls.push({
          metric: 'opinionReports',
          townshipId: null,
          memberId: r.memberId,
          part: 'NUMERATOR',
          expected: opinion.actual,
        });
    }
    // Without memberId: every member's records, Σ actual over the table.
    for (const key of ruleKeys) {
      const expected = rows.reduce((s, r) => s + r.rules.find((x) => x.key === key)!.actual, 0);
      calls.push({ metric: key, townshipId: township, part: 'NUMERATOR', expected });
    }
    const got = await totals(api(), calls);
    const wrong = calls
      .map((c, i) => ({ c, got: got[i] }))
      .filter(({ c, got }) => (c.sum ? got.valueSum !== c.expected : got.totalCount !== c.expected))
      .map(
        ({ c, got }) =>
          `${c.metric} member ${c.memberId ?? '-'} ${c.townshipId ?? 'county'}: ${JSON.stringify(got)}, expected ${c.expected}`,
      );
    expect(wrong).toEqual([]);
    expect(calls.some((c) => !c.sum && c.expected > 1)).toBe(true);

    const member = chosen[chosen.length - 1];
    const rule = member.rules.find((x) => x.actual > 1)!;
    const list = await allRecords(api(), {
      metric: rule.key,
      townshipId: null,
      memberId: member.memberId,
      part: 'NUMERATOR',
    });
    expect(list.nodes.every((n) => n.memberId === member.memberId)).toBe(true);
  });

  it('an officer drills into their own township only; a leader anywhere', async () => {
    const other = townshipIds.find((t) => t !== officerTownship)!;
    const call = (client: Client, townshipId: string | null, metric = 'proposalsSubmitted') =>
      client.gql<{ metricRecords: RecordList }>(LIST, { metric, year: YEAR, townshipId, page: { limit: 500 } });
    expectError(await call(officer, other), 'FORBIDDEN');
    expectError(await call(officer, null, 'supervisionTargets'), 'FORBIDDEN');
    const ownAsAdmin = (await call(api(), officerTownship)).data!.metricRecords;
    for (const townshipId of [officerTownship, null]) {
      const res = await call(officer, townshipId);
      expect(res.errors).toBeUndefined();
      expect(res.data!.metricRecords).toEqual(ownAsAdmin);
    }
    expect(ownAsAdmin.totalCount).toBe(agg.byTownship.get(Number(officerTownship))!.proposalsSubmitted);

    // A member of another township narrows to nothing, as an id filter naming a record the officer may not read.
    const { memberDuty } = await api().ok(`query($t: ID) { memberDuty(year: ${YEAR}, townshipId: $t) { memberId } }`, {
      t: other,
    });
    const foreign = await officer.ok(LIST, {
      metric: 'attendanceRate',
      part: 'DENOMINATOR',
      year: YEAR,
      memberId: memberDuty[0].memberId,
    });
    expect(foreign.metricRecords).toEqual({ totalCount: 0, valueSum: null, nodes: [] });

    const leader = await api().as('leader');
    for (const townshipId of [other, null]) {
      const [asLeader, asAdmin] = await Promise.all([call(leader, townshipId), call(api(), townshipId)]);
      expect(asLeader.data).toEqual(asAdmin.data);
    }
  });

  it('refuses what names no figure: BAD_USER_INPUT with the field, NOT_FOUND for a township', async () => {
    const list = (vars: Record<string, unknown>) =>
      api().gql(LIST, { year: YEAR, metric: 'proposalsSubmitted', ...vars });
    expectError(await list({ metric: 'nope' }), 'BAD_USER_INPUT', 'metric');
    expectError(
      await list({ metric: 'supervisionTargets', townshipId: townshipIds[0] }),
      'BAD_USER_INPUT',
      'townshipId',
    );
    expectError(await list({ metric: 'supervisionTargets', memberId: '1' }), 'BAD_USER_INPUT', 'memberId');
    expectError(await list({ metric: 'PROPOSAL', part: 'DENOMINATOR' }), 'BAD_USER_INPUT', 'part');
    expectError(await list({ page: { limit: 501 } }), 'BAD_USER_INPUT', 'page.limit');
    expectError(await list({ page: { limit: 0 } }), 'BAD_USER_INPUT', 'page.limit');
    expectError(await list({ page: { offset: -1, limit: 10 } }), 'BAD_USER_INPUT', 'page.offset');
    expectError(await list({ year: 1900 }), 'BAD_USER_INPUT', 'year');
    expectError(await list({ townshipId: '999999' }), 'NOT_FOUND');
    const none = await api().ok(LIST, { year: YEAR, metric: 'proposalsSubmitted', memberId: '999999' });
    expect(none.metricRecords.totalCount).toBe(0);
  });
});
