import { beforeAll, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { Township } from '@cppcc/server/src/townships/township.entity';
import { Sector } from '@cppcc/server/src/sectors/sector.entity';
import type { Member } from '@cppcc/server/src/members/member.entity';
import { Proposal } from '@cppcc/server/src/proposals/proposal.entity';
import { Activity, ActivityParticipant } from '@cppcc/server/src/activities/activity.entity';
import { OpinionReport } from '@cppcc/server/src/opinions/opinion-report.entity';
import { RectificationItem, SupervisionTarget } from '@cppcc/server/src/supervision/supervision.entity';
import { WorkPlan, WorkPlanItem, DutyReport } from '@cppcc/server/src/plans/plan.entity';
import { HandlingUnit } from '@cppcc/server/src/handling-units/handling-unit.entity';
import { describeOnDatabases } from '../support/api';
import { insertMembers } from '../support/member-history';

// Builds its own county in a fresh database, then checks every metric the API reports against
// counts made here, straight from docs/metrics.md's definitions (not from packages/analytics).

const YEAR = 2024;
let seed = 7;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

type P = Partial<Proposal> & { id: number };
type A = Partial<Activity> & { id: number };
type Pt = { activityId: number; memberId: number; attendance: string };
type O = Partial<OpinionReport> & { id: number };
type M = Partial<Member> & { id: number; townshipId: number };

interface County {
  members: M[];
  proposals: P[];
  activities: A[];
  participants: Pt[];
  opinions: O[];
  plans: { townshipId: number; items: { metricKey: string; target: number; quarter: number | null }[] }[];
  targets: { id: number; items: string[] }[];
}

function buildCounty(): County {
  const members: M[] = [];
  let mid = 0;
  for (const t of [1, 2, 3]) {
    for (let i = 0; i < 6 + t * 2; i++) {
      mid += 1;
      const left = i === 0 ? '2024-03-01' : i === 1 ? '2023-06-30' : null; // one leaves during, one before the year
      members.push({
        id: mid,
        townshipId: t,
        joinedOn: i === 2 ? '2025-01-05' : '2022-01-01',
        leftOn: left,
        status: (left ? 'TERM_ENDED' : 'ACTIVE') as never,
      });
    }
  }
  const proposals: P[] = [];
  const statuses = [
    'SUBMITTED',
    'ACCEPTED',
    'REJECTED',
    'CONVERTED',
    'MERGED',
    'ASSIGNED',
    'REPLIED',
    'REHANDLING',
    'CLOSED',
  ];
  for (let i = 1; i <= 60; i++) {
    const lead = pick(members);
    const status = pick(statuses);
    const accepted = ['ACCEPTED', 'ASSIGNED', 'REPLIED', 'REHANDLING', 'CLOSED'].includes(status);
    const replied = ['REPLIED', 'REHANDLING', 'CLOSED'].includes(status);
    const year = i % 7 === 0 ? YEAR - 1 : YEAR;
    proposals.push({
      id: i,
      year,
      serialNo: i,
      townshipId: i % 11 === 0 ? null : lead.townshipId!,
      leadMemberId: lead.id,
      status: status as never,
      reviewDecision: (accepted ? 'ACCEPTED' : status === 'SUBMITTED' ? null : status) as never,
      isKey: accepted && rnd() < 0.3,
      deadline: accepted && status !== 'ACCEPTED' ? '2024-06-30' : null,
      firstReplyOn: replied ? pick(['2024-05-01', '2024-07-15']) : null,
      satisfaction: (replied && rnd() < 0.8
        ? pick(['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'])
        : null) as never,
      implementation: (replied && rnd() < 0.7
        ? pick(['IMPLEMENTED', 'IN_PROGRESS', 'NOT_IMPLEMENTED'])
        : null) as never,
    });
  }
  const kinds = [
    'STUDY',
    'MEETING',
    'CONSULTATION',
    'INSPECTION',
    'RESEARCH',
    'VISIT',
    'CHARITY',
    'PUBLICITY',
    'CULTURAL_HISTORY',
    'TRAINING',
  ];
  const activities: A[] = [];
  const participants: Pt[] = [];
  for (let i = 1; i <= 90; i++) {
    const kind = kinds[i % kinds.length];
    const townshipId = i % 13 === 0 ? null : (i % 3) + 1;
    const month = String((i % 12) + 1).padStart(2, '0');
    const made = ['CONSULTATION', 'INSPECTION', 'RESEARCH', 'VISIT'].includes(kind) ? Math.floor(rnd() * 6) : 0;
    activities.push({
      id: i,
      kind: kind as never,
      year: i % 9 === 0 ? YEAR - 1 : YEAR,
      heldOn: `${i % 9 === 0 ? YEAR - 1 : YEAR}-${month}-10`,
      townshipId,
      consultationScale: (kind === 'CONSULTATION' ? (i % 2 ? 'MAJOR' : 'MICRO') : null) as never,
      meetingKind: (kind === 'MEETING' ? (townshipId == null ? 'PLENARY' : 'REGULAR') : null) as never,
      reportTitle: (kind === 'RESEARCH' && i % 4 !== 0) || (kind === 'INSPECTION' && i % 3 !== 0) ? `报告${i}` : null,
      suggestionsMade: made,
      suggestionsAdopted: Math.floor(made / 2),
      adoptionReview: (made >= 2 ? 'CONFIRMED' : null) as never,
      donationYuan: kind === 'CHARITY' ? 1000 + i : 0,
    });
    const pool = members.filter((m) => townshipId == null || m.townshipId === townshipId);
    for (const m of pool)
      if (rnd() < 0.5)
        participants.push({
          activityId: i,
          memberId: m.id,
          attendance: pick(['PRESENT', 'PRESENT', 'EXCUSED', 'ABSENT']),
        });
  }
  const opinions: O[] = [];
  for (let i = 1; i <= 25; i++) {
    const adopted = rnd() < 0.5;
    opinions.push({
      id: i,
      townshipId: (i % 3) + 1,
      year: YEAR,
      submittedOn: `${YEAR}-0${(i % 9) + 1}-01`,
      status: (adopted ? 'ADOPTED' : 'SUBMITTED') as never,
      adoptionLevel: (adopted ? pick(['COUNTY', 'CITY', 'PROVINCE', 'NATIONAL']) : null) as never,
      leaderInstruction: rnd() < 0.3,
      // Claims the county confirmed: only confirmed ones count (tests/api/claims.test.ts).
      adoptionReview: (adopted ? 'CONFIRMED' : null) as never,
    });
    const last = opinions[opinions.length - 1];
    if (last.leaderInstruction) last.instructionReview = 'CONFIRMED' as never;
  }
  return {
    members,
    proposals,
    activities,
    participants,
    opinions,
    plans: [
      {
        townshipId: 1,
        items: [
          { metricKey: 'studySessions', target: 4, quarter: null },
          { metricKey: 'opinionReports', target: 6, quarter: null },
          { metricKey: 'inspections', target: 2, quarter: 1 },
        ],
      },
      {
        townshipId: 2,
        items: [
          { metricKey: 'researchReports', target: 3, quarter: null },
          { metricKey: 'inspectionReports', target: 2, quarter: null },
        ],
      },
    ],
    targets: [
      { id: 1, items: ['DONE', 'PENDING', 'DONE'] },
      { id: 2, items: ['IN_PROGRESS'] },
    ],
  };
}

const rate = (a: number, b: number) => (b === 0 ? null : a / b);

/** docs/metrics.md, written out again for one township (or the county when t is null). */
function expected(c: County, t: number | null): Record<string, number | null> {
  const inT = (x: { townshipId?: number | null }) => t == null || x.townshipId === t;
  const ps = c.proposals.filter((p) => p.year === YEAR && inT(p));
  const acc = ps.filter((p) => p.reviewDecision === 'ACCEPTED');
  const fb = acc.filter((p) => p.satisfaction);
  const as = c.activities.filter((a) => a.year === YEAR && inT(a));
  const ids = new Set(as.map((a) => a.id));
  const rows = c.participants.filter((p) => ids.has(p.activityId));
  const active = c.members.filter(
    (m) => inT(m) && m.joinedOn! <= `${YEAR}-12-31` && (m.leftOn == null || m.leftOn >= `${YEAR}-01-01`),
  );
  const presentAnywhere = new Set(
    c.participants
      .filter((p) => p.attendance === 'PRESENT' && c.activities.find((a) => a.id === p.activityId)!.year === YEAR)
      .map((p) => p.memberId),
  );
  const os = c.opinions.filter((o) => o.year === YEAR && inT(o));
  const count = (kind: string, extra: (a: A) => boolean = () => true) =>
    as.filter((a) => a.kind === kind && extra(a)).length;
  const made = as.reduce((s, a) => s + (a.suggestionsMade ?? 0), 0);
  const adopted = as.reduce((s, a) => s + (a.suggestionsAdopted ?? 0), 0);
  const plans = c.plans.filter((p) => inT(p));
  let target = 0;
  let achieved = 0;
  for (const plan of plans) {
    for (const item of plan.items) {
      const inQ = (d: string) => item.quarter == null || Math.ceil(Number(d.slice(5, 7)) / 3) === item.quarter;
      // What the item's metric counts, as docs/metrics.md defines it.
      const counted: Record<string, (a: A) => boolean> = {
        studySessions: (a) => a.kind === 'STUDY',
        inspections: (a) => a.kind === 'INSPECTION',
        inspectionReports: (a) => a.kind === 'INSPECTION' && !!a.reportTitle,
        researchReports: (a) => a.kind === 'RESEARCH' && !!a.reportTitle,
      };
      const actual =
        item.metricKey === 'opinionReports'
          ? c.opinions.filter((o) => o.townshipId === plan.townshipId && o.year === YEAR && inQ(o.submittedOn!)).length
          : c.activities.filter(
              (a) =>
                a.townshipId === plan.townshipId && a.year === YEAR && counted[item.metricKey](a) && inQ(a.heldOn!),
            ).length;
      target += item.target;
      achieved += Math.min(actual, item.target);
    }
  }
  return {
    proposalsSubmitted: ps.length,
    proposalsAccepted: acc.length,
    acceptanceRate: rate(acc.length, ps.length),
    keyProposals: acc.filter((p) => p.isKey).length,
    proposalsReplied: acc.filter((p) => p.firstReplyOn).length,
    replyRate: rate(acc.filter((p) => p.firstReplyOn).length, acc.length),
    onTimeReplyRate: rate(
      acc.filter((p) => p.firstReplyOn && p.deadline && p.firstReplyOn <= p.deadline).length,
      acc.length,
    ),
    satisfactionRate: rate(fb.filter((p) => p.satisfaction !== 'DISSATISFIED').length, fb.length),
    fullySatisfiedRate: rate(fb.filter((p) => p.satisfaction === 'SATISFIED').length, fb.length),
    implementationRate: rate(
      acc.filter((p) => p.implementation === 'IMPLEMENTED' || p.implementation === 'IN_PROGRESS').length,
      acc.length,
    ),
    resolvedRate: rate(acc.filter((p) => p.implementation === 'IMPLEMENTED').length, acc.length),
    studySessions: count('STUDY'),
    meetings: count('MEETING'),
    majorConsultations: count('CONSULTATION', (a) => a.consultationScale === 'MAJOR'),
    microConsultations: count('CONSULTATION', (a) => a.consultationScale === 'MICRO'),
    inspections: count('INSPECTION'),
    inspectionReports: count('INSPECTION', (a) => !!a.reportTitle),
    researchReports: count('RESEARCH', (a) => !!a.reportTitle),
    visits: count('VISIT'),
    suggestionsMade: made,
    suggestionsAdopted: adopted,
    suggestionAdoptionRate: rate(adopted, made),
    donationsYuan: as.reduce((s, a) => s + (a.donationYuan ?? 0), 0),
    publicityItems: count('PUBLICITY'),
    attendanceRate: rate(rows.filter((r) => r.attendance === 'PRESENT').length, rows.length),
    memberParticipationRate: rate(active.filter((m) => presentAnywhere.has(m.id)).length, active.length),
    opinionReports: os.length,
    opinionReportsAdopted: os.filter((o) => o.status === 'ADOPTED').length,
    opinionAdoptionRate: rate(os.filter((o) => o.status === 'ADOPTED').length, os.length),
    opinionAdoptedProvincialOrAbove: os.filter((o) => o.adoptionLevel === 'PROVINCE' || o.adoptionLevel === 'NATIONAL')
      .length,
    leaderInstructions: os.filter((o) => o.leaderInstruction).length,
    // Supervision metrics are the county's only (no township value): see the metric-definitions suite.
    activeMembers: active.length,
    planCompletionRate: rate(achieved, target),
  };
}

async function insert(db: DataSource, c: County): Promise<void> {
  await db.getRepository(Township).insert(
    [1, 2, 3, 4].map((id) => ({
      id,
      code: `34112290${id}`,
      name: `测试${id}镇`,
      kind: 'TOWN' as never,
      sortOrder: id,
    })),
  );
  await db.getRepository(Sector).insert({ id: 1, name: '测试界', category: 'SECTOR' as never });
  await db.getRepository(HandlingUnit).insert({ id: 1, name: '县测试局', kind: 'GOVERNMENT_DEPARTMENT' as never });
  await insertMembers(
    db,
    c.members.map((m) => ({
      ...m,
      name: `委员${m.id}`,
      gender: 'MALE' as never,
      affiliation: 'CPC' as never,
      sectorId: 1,
      kind: 'COUNTY_MEMBER' as never,
      term: '第十一届',
    })),
  );
  await db.getRepository(Proposal).insert(
    c.proposals.map((p) => ({
      ...p,
      title: `提案${p.id}`,
      category: 'OTHER' as never,
      proposerKind: 'MEMBER' as never,
      submittedOn: `${p.year}-01-15`,
    })),
  );
  await db.getRepository(Activity).insert(c.activities.map((a) => ({ ...a, title: `活动${a.id}` })));
  for (let i = 0; i < c.participants.length; i += 200)
    await db.getRepository(ActivityParticipant).insert(c.participants.slice(i, i + 200) as never);
  await db.getRepository(OpinionReport).insert(c.opinions.map((o) => ({ ...o, title: `社情民意${o.id}` })));
  for (const [i, plan] of c.plans.entries()) {
    await db.getRepository(WorkPlan).insert({ id: i + 1, townshipId: plan.townshipId, year: YEAR, title: '年度计划' });
    await db.getRepository(WorkPlanItem).insert(plan.items.map((item) => ({ ...item, planId: i + 1 })) as never);
  }
  for (const target of c.targets) {
    await db
      .getRepository(SupervisionTarget)
      .insert({ id: target.id, unitId: 1, year: YEAR, kind: 'SPECIAL' as never, topic: '专项监督' });
    await db
      .getRepository(RectificationItem)
      .insert(target.items.map((status, i) => ({ targetId: target.id, text: `整改${i}`, status: status as never })));
  }
  await db
    .getRepository(DutyReport)
    .insert(c.members.slice(0, 5).map((m) => ({ memberId: m.id, year: YEAR, submittedOn: `${YEAR}-12-01` })));
}

describeOnDatabases(
  'township metrics against independent counts',
  (api) => {
    const county = buildCounty();
    beforeAll(async () => insert(api().server.db, county));

    it('reports every metric of every township, and the county total, as docs/metrics.md defines it', async () => {
      const { townshipComparison: c } = await api().ok(`{ townshipComparison(year: ${YEAR}) {
        metrics { key total mean median } rows { townshipId values { key value rank previous } } } }`);
      for (const t of [1, 2, 3, 4]) {
        const row = c.rows.find((r: { townshipId: string }) => r.townshipId === String(t));
        const want = expected(county, t);
        for (const [key, value] of Object.entries(want)) {
          const got = row.values.find((v: { key: string }) => v.key === key);
          expect(got, key).toBeTruthy();
          if (value == null) expect(got.value, `${key} of township ${t}`).toBeNull();
          else expect(got.value, `${key} of township ${t}`).toBeCloseTo(value, 9);
        }
      }
      const total = expected(county, null);
      for (const [key, value] of Object.entries(total)) {
        const got = c.metrics.find((m: { key: string }) => m.key === key);
        if (value == null) expect(got.total, `county ${key}`).toBeNull();
        else expect(got.total, `county ${key}`).toBeCloseTo(value, 9);
      }
    });

    it('ranks with ties, gives county mean and median, and previous-year values', async () => {
      const { townshipComparison: c } = await api()
        .ok(`{ townshipComparison(year: ${YEAR}, metrics: ["proposalsSubmitted", "acceptanceRate"]) {
        metrics { key mean median } rows { townshipId values { key value rank previous } } } }`);
      expect(c.metrics.map((m: { key: string }) => m.key)).toEqual(['proposalsSubmitted', 'acceptanceRate']);
      const values = c.rows.map((r: { values: { value: number }[] }) => r.values[0].value);
      const sorted = [...values].sort((a, b) => a - b);
      expect(c.metrics[0].mean).toBeCloseTo(values.reduce((s: number, v: number) => s + v, 0) / values.length, 9);
      expect(c.metrics[0].median).toBeCloseTo((sorted[1] + sorted[2]) / 2, 9);
      for (const r of c.rows) {
        const v = r.values[0];
        expect(v.rank).toBe(1 + values.filter((x: number) => x > v.value).length);
        const prev = county.proposals.filter(
          (p) => p.year === YEAR - 1 && p.townshipId === Number(r.townshipId),
        ).length;
        expect(v.previous).toBe(prev);
      }
      const empty = c.rows.find((r: { townshipId: string }) => r.townshipId === '4');
      expect(empty.values[1].value).toBeNull(); // no proposals: rate is 无数据, not 0
    });

    it('normalises counts per active member, never rates', async () => {
      const { townshipComparison: c } = await api().ok(
        `{ townshipComparison(year: ${YEAR}, metrics: ["opinionReports", "attendanceRate"], perMember: true) { rows { townshipId values { key value } } } }`,
      );
      for (const t of [1, 2, 3]) {
        const want = expected(county, t);
        const row = c.rows.find((r: { townshipId: string }) => r.townshipId === String(t));
        expect(row.values[0].value).toBeCloseTo(want.opinionReports! / want.activeMembers!, 9);
        expect(row.values[1].value).toBeCloseTo(want.attendanceRate!, 9);
      }
      expect(c.rows.find((r: { townshipId: string }) => r.townshipId === '4').values[0].value).toBeNull();
    });

    it('gives a trend per year and refuses unknown metrics and absurd years by field', async () => {
      const { townshipMetrics } = await api().ok(
        `{ townshipMetrics(townshipId: "1", fromYear: ${YEAR - 1}, toYear: ${YEAR}) { year values { key value } } }`,
      );
      expect(townshipMetrics.map((y: { year: number }) => y.year)).toEqual([YEAR - 1, YEAR]);
      const submitted = townshipMetrics[1].values.find((v: { key: string }) => v.key === 'proposalsSubmitted').value;
      expect(submitted).toBe(expected(county, 1).proposalsSubmitted);
      const bad = await api().gql(`{ townshipComparison(year: ${YEAR}, metrics: ["nope"]) { year } }`);
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'metrics[0]' });
      const year = await api().gql(`{ assessment(year: 99999) { year } }`);
      expect(year.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    });

    it('scores the assessment with the year’s scheme and ranks by score', async () => {
      await api().ok(
        `mutation { setAssessmentScheme(year: ${YEAR}, items: [{ key: "proposalsSubmitted", weight: 60 }, { key: "opinionReports", weight: 40, perMember: true }]) { key } }`,
      );
      const { assessment } = await api().ok(
        `{ assessment(year: ${YEAR}) { scheme { key weight perMember } rows { townshipId score rank metrics { key value scaled } } } }`,
      );
      expect(assessment.scheme).toEqual([
        { key: 'proposalsSubmitted', weight: 60, perMember: false },
        { key: 'opinionReports', weight: 40, perMember: true },
      ]);
      const e = [1, 2, 3, 4].map((t) => expected(county, t));
      const a = e.map((x) => x.proposalsSubmitted!);
      const b = e.map((x) => (x.activeMembers ? x.opinionReports! / x.activeMembers : 0));
      const scores = e.map((_, i) => (60 * (a[i] / Math.max(...a)) * 100 + 40 * (b[i] / Math.max(...b)) * 100) / 100);
      for (const row of assessment.rows) expect(row.score).toBeCloseTo(scores[Number(row.townshipId) - 1], 2);
      expect(assessment.rows.map((r: { rank: number }) => r.rank)).toEqual(
        [...assessment.rows.map((r: { rank: number }) => r.rank)].sort(),
      );
      const bad = await api().gql(
        `mutation { setAssessmentScheme(year: ${YEAR}, items: [{ key: "x", weight: -1 }]) { key } }`,
      );
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(String(bad.errors?.[0].extensions?.field)).toMatch(/^items\[0\]/);
    });

    it('lists member duty, own township only for officers', async () => {
      const { memberDuty } = await api().ok(
        `{ memberDuty(year: ${YEAR}, townshipId: "1") { memberId townshipId allMet points rules { key actual met } } }`,
      );
      expect(memberDuty.length).toBe(expected(county, 1).activeMembers);
      const first = memberDuty.find((m: { memberId: string }) => m.memberId === '1');
      const reports = first.rules.find((r: { key: string }) => r.key === 'DUTY_REPORT');
      expect(reports).toMatchObject({ actual: 1, met: true });
      // The default PROPOSAL rule counts 立案 and conversions (these fixtures' merges name no target).
      const proposalsLed = county.proposals.filter(
        (p) => p.year === YEAR && p.leadMemberId === 1 && ['ACCEPTED', 'CONVERTED'].includes(String(p.reviewDecision)),
      ).length;
      expect(first.rules.find((r: { key: string }) => r.key === 'PROPOSAL').actual).toBe(proposalsLed);
    });
  },
  { demo: false },
);

describeOnDatabases(
  'the docs/metrics.md check (a city CPPCC year)',
  (api) => {
    beforeAll(async () => {
      const db = api().server.db;
      await db.getRepository(Township).insert({ id: 1, code: '341122901', name: '某市', kind: 'TOWN' as never });
      await db.getRepository(Sector).insert({ id: 1, name: '测试界', category: 'SECTOR' as never });
      await insertMembers(db, [
        {
          id: 1,
          name: '委员',
          gender: 'MALE' as never,
          affiliation: 'CPC' as never,
          sectorId: 1,
          townshipId: 1,
          kind: 'COUNTY_MEMBER' as never,
          term: '十一届',
        },
      ]);
      const rows = Array.from({ length: 86 }, (_, i) => {
        const accepted = i < 38;
        const satisfaction = !accepted ? null : i < 25 ? 'SATISFIED' : i < 35 ? 'BASICALLY_SATISFIED' : 'DISSATISFIED';
        return {
          year: 2023,
          serialNo: i + 1,
          title: `提案${i + 1}`,
          category: 'OTHER' as never,
          proposerKind: 'MEMBER' as never,
          leadMemberId: 1,
          townshipId: 1,
          status: (accepted ? 'CLOSED' : 'REJECTED') as never,
          reviewDecision: (accepted ? 'ACCEPTED' : 'REJECTED') as never,
          submittedOn: '2023-01-10',
          firstReplyOn: accepted ? '2023-05-01' : null,
          satisfaction: satisfaction as never,
          implementation: (accepted
            ? i < 20
              ? 'IMPLEMENTED'
              : i < 33
                ? 'IN_PROGRESS'
                : 'NOT_IMPLEMENTED'
            : null) as never,
        };
      });
      await db.getRepository(Proposal).insert(rows);
    });

    it('gives acceptanceRate 0.4419, replyRate 1, satisfactionRate 0.9211, implementationRate 0.8684, and the summary says so', async () => {
      const data = await api().ok(`{
        townshipComparison(year: 2023, metrics: ["proposalsSubmitted", "acceptanceRate", "replyRate", "satisfactionRate", "implementationRate"]) { rows { values { key value } } }
        annualSummary(townshipId: "1", year: 2023) { text figures { key text } }
      }`);
      const v = Object.fromEntries(
        data.townshipComparison.rows[0].values.map((x: { key: string; value: number }) => [x.key, x.value]),
      );
      expect(v.proposalsSubmitted).toBe(86);
      expect(v.acceptanceRate).toBeCloseTo(0.4419, 4);
      expect(v.replyRate).toBe(1);
      expect(v.satisfactionRate).toBeCloseTo(0.9211, 4);
      expect(v.implementationRate).toBeCloseTo(0.8684, 4);
      expect(data.annualSummary.text).toContain('提交提案86件，立案38件，立案率44.19%');
      expect(data.annualSummary.text).toContain('办复率100%');
      expect(data.annualSummary.text).toContain('满意率92.11%');
      expect(data.annualSummary.text).toContain('落实率86.84%');
    });
  },
  { demo: false },
);
