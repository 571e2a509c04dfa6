// Generates a province-scale county database directly through the drivers (fast bulk inserts),
// deterministic from a seed. Shapes follow the server's tables (apps/server/src/**/*.entity.ts).

import { createRandom } from '@cppcc/demo/dist/random.js';

export const KINDS = [
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
const STATUSES = [
  'SUBMITTED',
  'ACCEPTED',
  'REJECTED',
  'ASSIGNED',
  'REPLIED',
  'CLOSED',
  'CLOSED',
  'CLOSED',
  'REPLIED',
  'CONVERTED',
];

/** The demo data's seeded generator (mulberry32). */
function random(seed) {
  const r = createRandom(seed);
  return () => r.next();
}

const pad = (n) => String(n).padStart(2, '0');

/** Yields [table, columns, rows[]] batches; sizes per township-year are given in `scale`. */
export function* provinceRows(
  { townships, years, firstYear, membersPer, activitiesPer, participantsPer, proposalsPer, opinionsPer },
  batch = 2000,
) {
  const rnd = random(20251123);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const now = '2026-01-01 00:00:00';
  yield [
    'township',
    ['id', 'code', 'name', 'kind', 'sortOrder', 'createdAt', 'updatedAt'],
    Array.from({ length: townships }, (_, i) => [
      i + 1,
      String(100000000 + i),
      `省测试${i + 1}镇`,
      'TOWN',
      i,
      now,
      now,
    ]),
  ];
  yield ['sector', ['id', 'name', 'category', 'createdAt', 'updatedAt'], [[1, '测试界', 'SECTOR', now, now]]];
  yield [
    'handling_unit',
    ['id', 'name', 'kind', 'createdAt', 'updatedAt'],
    Array.from({ length: 40 }, (_, i) => [i + 1, `省测试单位${i + 1}`, 'GOVERNMENT_DEPARTMENT', now, now]),
  ];
  const memberCols = [
    'id',
    'name',
    'gender',
    'ethnicity',
    'affiliation',
    'sectorId',
    'townshipId',
    'kind',
    'term',
    'status',
    'joinedOn',
    'createdAt',
    'updatedAt',
  ];
  const rows = [];
  for (let t = 1; t <= townships; t++) {
    for (let m = 0; m < membersPer; m++) {
      rows.push([
        (t - 1) * membersPer + m + 1,
        `委员${t}-${m}`,
        m % 2 ? 'MALE' : 'FEMALE',
        '汉族',
        'CPC',
        1,
        t,
        'COUNTY_MEMBER',
        '第十一届',
        'ACTIVE',
        `${firstYear - 1}-12-01`,
        now,
        now,
      ]);
      if (rows.length >= batch) yield ['member', memberCols, rows.splice(0)];
    }
  }
  if (rows.length) yield ['member', memberCols, rows.splice(0)];

  const actCols = [
    'id',
    'kind',
    'title',
    'heldOn',
    'year',
    'townshipId',
    'consultationScale',
    'meetingKind',
    'suggestionsMade',
    'suggestionsAdopted',
    'reportTitle',
    'donationYuan',
    'createdAt',
    'updatedAt',
  ];
  const ptCols = ['activityId', 'memberId', 'attendance'];
  const propCols = [
    'id',
    'year',
    'serialNo',
    'title',
    'category',
    'proposerKind',
    'leadMemberId',
    'townshipId',
    'status',
    'submittedOn',
    'reviewDecision',
    'isKey',
    'deadline',
    'firstReplyOn',
    'satisfaction',
    'implementation',
    'createdAt',
    'updatedAt',
  ];
  const opCols = [
    'id',
    'title',
    'townshipId',
    'submittedOn',
    'year',
    'status',
    'adoptionLevel',
    'leaderInstruction',
    'createdAt',
    'updatedAt',
  ];
  const subCols = ['reportId', 'memberId'];
  let activityId = 0;
  let proposalId = 0;
  let opinionId = 0;
  let planId = 0;
  const acts = [],
    pts = [],
    props = [],
    ops = [],
    subs = [],
    plans = [],
    items = [];
  for (let y = firstYear; y < firstYear + years; y++) {
    let serial = 0;
    for (let t = 1; t <= townships; t++) {
      const memberBase = (t - 1) * membersPer + 1;
      for (let a = 0; a < activitiesPer; a++) {
        activityId += 1;
        const kind = KINDS[a % KINDS.length];
        const made = kind === 'CONSULTATION' || kind === 'RESEARCH' ? Math.floor(rnd() * 5) : 0;
        acts.push([
          activityId,
          kind,
          `活动${activityId}`,
          `${y}-${pad((a % 12) + 1)}-${pad((a % 27) + 1)}`,
          y,
          t,
          kind === 'CONSULTATION' ? (a % 3 ? 'MICRO' : 'MAJOR') : null,
          kind === 'MEETING' ? 'REGULAR' : null,
          made,
          Math.floor(made / 2),
          kind === 'RESEARCH' ? `报告${activityId}` : null,
          kind === 'CHARITY' ? 500 : 0,
          now,
          now,
        ]);
        const first = Math.floor(rnd() * membersPer);
        for (let p = 0; p < participantsPer; p++) {
          pts.push([
            activityId,
            memberBase + ((first + p) % membersPer),
            rnd() < 0.8 ? 'PRESENT' : rnd() < 0.5 ? 'EXCUSED' : 'ABSENT',
          ]);
        }
        if (acts.length >= batch) yield ['activity', actCols, acts.splice(0)];
        if (pts.length >= batch) yield ['activity_participant', ptCols, pts.splice(0)];
      }
      for (let p = 0; p < proposalsPer; p++) {
        proposalId += 1;
        serial += 1;
        const status = pick(STATUSES);
        const accepted = !['SUBMITTED', 'REJECTED', 'CONVERTED'].includes(status);
        const replied = ['REPLIED', 'CLOSED'].includes(status);
        props.push([
          proposalId,
          y,
          serial,
          `提案${proposalId}`,
          'OTHER',
          'MEMBER',
          memberBase + (p % membersPer),
          t,
          status,
          `${y}-01-10`,
          status === 'SUBMITTED' ? null : accepted ? 'ACCEPTED' : status,
          accepted && rnd() < 0.1 ? 1 : 0,
          accepted ? `${y}-05-10` : null,
          replied ? `${y}-0${rnd() < 0.7 ? 4 : 6}-01` : null,
          replied && rnd() < 0.8 ? pick(['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED']) : null,
          replied ? pick(['IMPLEMENTED', 'IN_PROGRESS', 'NOT_IMPLEMENTED']) : null,
          now,
          now,
        ]);
        if (props.length >= batch) yield ['proposal', propCols, props.splice(0)];
      }
      for (let o = 0; o < opinionsPer; o++) {
        opinionId += 1;
        const adopted = rnd() < 0.4;
        ops.push([
          opinionId,
          `社情${opinionId}`,
          t,
          `${y}-${pad((o % 12) + 1)}-05`,
          y,
          adopted ? 'ADOPTED' : 'SUBMITTED',
          adopted ? pick(['COUNTY', 'CITY', 'PROVINCE']) : null,
          rnd() < 0.1 ? 1 : 0,
          now,
          now,
        ]);
        subs.push([opinionId, memberBase + (o % membersPer)]);
        if (ops.length >= batch) yield ['opinion_report', opCols, ops.splice(0)];
        if (subs.length >= batch) yield ['opinion_submitter', subCols, subs.splice(0)];
      }
      planId += 1;
      plans.push([planId, t, y, `${y}年工作计划`, now, now]);
      for (const [kind, target] of [
        ['STUDY', 4],
        ['INSPECTION', 2],
        ['RESEARCH', 2],
        ['OPINION_REPORT', 6],
      ])
        items.push([planId, kind, target]);
      if (plans.length >= batch)
        yield ['work_plan', ['id', 'townshipId', 'year', 'title', 'createdAt', 'updatedAt'], plans.splice(0)];
      if (items.length >= batch) yield ['work_plan_item', ['planId', 'kind', 'target'], items.splice(0)];
    }
  }
  if (acts.length) yield ['activity', actCols, acts];
  if (pts.length) yield ['activity_participant', ptCols, pts];
  if (props.length) yield ['proposal', propCols, props];
  if (ops.length) yield ['opinion_report', opCols, ops];
  if (subs.length) yield ['opinion_submitter', subCols, subs];
  if (plans.length) yield ['work_plan', ['id', 'townshipId', 'year', 'title', 'createdAt', 'updatedAt'], plans];
  if (items.length) yield ['work_plan_item', ['planId', 'kind', 'target'], items];
}
