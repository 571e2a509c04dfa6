/**
 * Five years (2021–2025) of demo work records for the demo county, as plain rows.
 *
 * `buildDemoRecords(county, seed)` is pure and deterministic: the same county and seed give
 * deep-equal output on every run and machine (random.ts; no clock, no Math.random). Every row
 * carries its explicit id (index + 1 in its list) and foreign keys as ids, consistent with
 * load-demo.ts, which inserts townships, members and handling units with id = index + 1.
 *
 * What is generated (see docs/domain.md / docs/metrics.md for the meaning):
 * - proposals with signers, assigned units and a full event history; every ProposalStatus in
 *   every year, each row consistent with its state and every step checked against the
 *   state machine (nextProposalStatus);
 * - activities of every kind with participants and attendance, plus county activities
 *   (one plenary session a year attended by the members active at its date);
 * - opinion reports with submitters, adoption levels, leader instructions and issues;
 * - two supervision targets a year with phases, evaluation figures and rectification items,
 *   and a few special supervisors;
 * - a work plan per township and year, the duty rules (四个一 + plenary attendance) and duty
 *   reports.
 *
 * Townships differ on purpose: each gets a fixed "vigour" (how much it does), an attendance
 * level and a quality level (how much of its work is accepted/adopted), so that county
 * comparisons and ranks show clear differences. Members get a diligence factor (members the
 * county later revoked for not taking part are the least diligent).
 *
 * Each part draws from its own random stream (deriveSeed(seed, part/year)).
 *
 * The demo county's members of the previous term (第十届) are few: in 2021 most townships have
 * only a handful of members (those whose term ended in December 2021, and the new members who
 * joined in its last days), so 2021 records lean on them. Records always name members who were
 * in office on the record's date.
 */
import {
  ActivityKind,
  Attendance,
  CommitteeRole,
  ConsultationScale,
  defaultDeadline,
  DutyRuleKey,
  ProposalDutyBasis,
  GovernmentLevel,
  gradeForScore,
  ImplementationStatus,
  MeetingKind,
  MemberKind,
  MemberStatus,
  nextProposalStatus,
  OpinionStatus,
  PlanItemKind,
  ProposalAction,
  ProposalCategory,
  type ProposalContext,
  ProposalStatus,
  ProposerKind,
  RectificationStatus,
  ReplyClass,
  Satisfaction,
  SectorCategory,
  SupervisionKind,
  TownshipKind,
  UnitAssignmentRole,
} from '@cppcc/domain';
import type { Activity, ActivityParticipant } from '@cppcc/server/dist/activities/activity.entity';
import type { OpinionReport, OpinionSubmitter } from '@cppcc/server/dist/opinions/opinion-report.entity';
import { LEGACY_PLAN_KIND_METRICS, type PlanMetricKey } from '@cppcc/analytics';
import type { DutyReport, DutyRule, WorkPlan, WorkPlanItem } from '@cppcc/server/dist/plans/plan.entity';
import type {
  Proposal,
  ProposalEvent,
  ProposalSigner,
  ProposalUnit,
} from '@cppcc/server/dist/proposals/proposal.entity';
import type {
  RectificationItem,
  SpecialSupervisor,
  SupervisionTarget,
} from '@cppcc/server/dist/supervision/supervision.entity';
import type { DemoCounty, DemoMember, DemoTownship } from './demo-county';
import { addDays, createRandom, deriveSeed, isoToDayNumber, type Random } from './random';
import {
  ACTIVITY_TITLES,
  CONSULTATION_TITLES,
  COUNTY_LOCATIONS,
  FEEDBACK_COMMENTS,
  fillTemplate,
  MEETING_TITLES,
  OPINION_ISSUE_TEMPLATE,
  OPINION_REPORT_TITLES,
  PLENARY_SESSIONS,
  PROPOSAL_CONVERSION_NOTES,
  PROPOSAL_REJECTION_REASONS,
  PROPOSAL_TITLES,
  PUBLICITY_OUTLETS,
  RECTIFICATION_ITEMS,
  REPLY_TEMPLATES,
  RESEARCH_REPORT_TITLES,
  STUDY_TOPICS,
  SUPERVISION_FINDINGS,
  SUPERVISION_RECOMMENDATIONS,
  SUPERVISION_TOPICS,
  TOWNSHIP_LOCATIONS,
  VILLAGE_LOCATIONS,
} from './vocabulary';

// ---------------------------------------------------------------------------------------------
// Row types: the entity columns without the ones the database fills in (version, timestamps)
// ---------------------------------------------------------------------------------------------

type Row<T> = Omit<T, 'version' | 'createdAt' | 'updatedAt'>;

export type ProposalRow = Row<Proposal>;
export type ProposalSignerRow = Row<ProposalSigner>;
export type ProposalUnitRow = Row<ProposalUnit>;
export type ProposalEventRow = Row<ProposalEvent>;
export type ActivityRow = Row<Activity>;
export type ActivityParticipantRow = Row<ActivityParticipant>;
export type OpinionReportRow = Row<OpinionReport>;
export type OpinionSubmitterRow = Row<OpinionSubmitter>;
export type SupervisionTargetRow = Row<SupervisionTarget>;
export type RectificationItemRow = Row<RectificationItem>;
export type SpecialSupervisorRow = Row<SpecialSupervisor>;
export type WorkPlanRow = Row<WorkPlan>;
export type WorkPlanItemRow = Row<WorkPlanItem>;
export type DutyRuleRow = Row<DutyRule>;
export type DutyReportRow = Row<DutyReport>;

/** Every table's rows, in insertion order (each list's ids are 1..n). */
export interface DemoRecords {
  proposals: ProposalRow[];
  proposalSigners: ProposalSignerRow[];
  proposalUnits: ProposalUnitRow[];
  proposalEvents: ProposalEventRow[];
  activities: ActivityRow[];
  activityParticipants: ActivityParticipantRow[];
  opinionReports: OpinionReportRow[];
  opinionSubmitters: OpinionSubmitterRow[];
  supervisionTargets: SupervisionTargetRow[];
  rectificationItems: RectificationItemRow[];
  specialSupervisors: SpecialSupervisorRow[];
  workPlans: WorkPlanRow[];
  workPlanItems: WorkPlanItemRow[];
  dutyRules: DutyRuleRow[];
  dutyReports: DutyReportRow[];
}

// ---------------------------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------------------------

export const DEMO_RECORD_YEARS: readonly number[] = PLENARY_SESSIONS.map((s) => s.year);
/** The demo's "today": no generated date lies after it. */
export const DEMO_TODAY = '2026-11-23';

/** County CPPCC chairs who supervise key proposals (主席领衔督办). */
export const DEMO_CHAIRS: readonly { readonly name: string; readonly title: string }[] = [
  { name: '汪正林', title: '县政协主席' },
  { name: '鲍淑芬', title: '县政协副主席' },
  { name: '解志远', title: '县政协副主席' },
  { name: '季明华', title: '县政协副主席' },
];

const PROPOSAL_OFFICE = '县政协提案委员会';
/** A member leads at most this many proposals a year. */
const MAX_LED_PER_YEAR = 3;
const PLAN_ITEM_DESCRIPTIONS: Readonly<Record<PlanItemKind, (target: number) => string>> = {
  [PlanItemKind.STUDY]: (n) => (n === 4 ? '每季度组织委员集中学习一次' : `全年组织委员集中学习不少于${n}次`),
  [PlanItemKind.MEETING]: (n) => (n === 4 ? '每季度召开一次政协工作例会' : `全年召开工作例会和座谈会不少于${n}次`),
  [PlanItemKind.CONSULTATION]: (n) => `开展村头、田埂、板凳等协商活动不少于${n}次`,
  [PlanItemKind.INSPECTION]: (n) => `组织委员视察不少于${cn(n)}次`,
  [PlanItemKind.RESEARCH]: (n) => `形成调研报告不少于${cn(n)}篇`,
  [PlanItemKind.VISIT]: (n) => `开展进村入组听取社情民意和委员走访活动不少于${n}次`,
  [PlanItemKind.CHARITY]: (n) =>
    n === 1 ? '春节前后组织委员走访慰问困难群众' : `开展走访慰问、结对帮扶等公益活动不少于${n}次`,
  [PlanItemKind.PUBLICITY]: (n) => `在县级以上媒体宣传报道政协工作不少于${n}篇`,
  [PlanItemKind.CULTURAL_HISTORY]: (n) => `征集报送文史资料不少于${n}次`,
  [PlanItemKind.TRAINING]: (n) => `组织委员参加履职培训不少于${n}次`,
  [PlanItemKind.OPINION_REPORT]: (n) => `报送社情民意信息不少于${n}篇`,
};

const DUTY_RULE_DESCRIPTIONS: Readonly<Record<DutyRuleKey, string>> = {
  [DutyRuleKey.PROPOSAL]: '每年至少提交（领衔或联名）一件提案',
  [DutyRuleKey.OPINION_REPORT]: '每年至少报送一篇社情民意信息',
  [DutyRuleKey.RESEARCH_OR_INSPECTION]: '每年至少参加一次调研或视察活动',
  [DutyRuleKey.DUTY_REPORT]: '每年提交一份书面述职报告',
  [DutyRuleKey.PLENARY_ATTENDANCE]: '出席县政协全体会议',
};

const CN_DIGITS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
function cn(n: number): string {
  return CN_DIGITS[n] ?? String(n);
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const minDate = (a: string, b: string): string => (a < b ? a : b);
const maxDate = (a: string, b: string): string => (a > b ? a : b);
const uniform = (rng: Random, lo: number, hi: number): number => lo + rng.next() * (hi - lo);

function activeOn(m: DemoMember, date: string): boolean {
  return m.joinedOn <= date && (m.leftOn === null || date <= m.leftOn);
}

function quarterRange(year: number, q: number): [string, string] {
  const starts = ['01-01', '04-01', '07-01', '10-01'];
  const ends = ['03-31', '06-30', '09-30', '12-31'];
  return [`${year}-${starts[q - 1]}`, `${year}-${ends[q - 1]}`];
}

/** A time on a date, Beijing time (UTC+8), minutes after midnight. */
function beijing(date: string, minutes: number): Date {
  const h = String(Math.floor(minutes / 60)).padStart(2, '0');
  const m = String(minutes % 60).padStart(2, '0');
  return new Date(`${date}T${h}:${m}:00+08:00`);
}

function sessionOf(year: number): (typeof PLENARY_SESSIONS)[number] {
  const s = PLENARY_SESSIONS.find((p) => p.year === year);
  if (!s) throw new Error(`no plenary session for ${year}`);
  return s;
}

/** Inserts the place after a leading 关于 ("关于加强…的建议" → "关于高塘镇加强…的建议"). */
function localizeTitle(title: string, place: string): string {
  return title.startsWith('关于') ? `关于${place}${title.slice(2)}` : `${place}${title}`;
}

/** The subject of a "关于…的建议" title. */
function subjectOf(title: string): string {
  return title.replace(/^关于/, '').replace(/的(建议|意见|情况反映|问题及建议|反映|几点意见)$/, '');
}

// ---------------------------------------------------------------------------------------------
// Context: who is where, and how active each township and member is
// ---------------------------------------------------------------------------------------------

interface TownshipProfile {
  /** How much the township does, 0.6–1.45 (fixed ladder, shuffled). */
  vigour: number;
  /** Base probability that an invited member is present. */
  attendance: number;
  /** Share of non-present invitees who were absent rather than excused. */
  absentShare: number;
  /** How well its work is received: acceptance, adoption, replies. */
  quality: number;
  /** Sets higher plan targets than it may reach. */
  ambition: number;
}

interface Ctx {
  county: DemoCounty;
  /** Member indexes per township index. */
  byTownship: number[][];
  profiles: TownshipProfile[];
  /** Per member, 0.2–1.5. */
  diligence: number[];
}

function buildContext(county: DemoCounty, seed: number): Ctx {
  const rng = createRandom(deriveSeed(seed, 'records/profiles'));
  const n = county.townships.length;
  const ladder = Array.from({ length: n }, (_, i) => 0.6 + (0.85 * i) / Math.max(1, n - 1));
  const vigours = rng.shuffle(ladder);
  const profiles = county.townships.map((_t, i): TownshipProfile => {
    const vigour = vigours[i] as number;
    return {
      vigour,
      attendance: clamp(0.8 + 0.14 * (vigour - 1) + uniform(rng, -0.06, 0.06), 0.66, 0.97),
      absentShare: clamp(0.45 - 0.3 * (vigour - 1) + uniform(rng, -0.1, 0.1), 0.1, 0.7),
      quality: clamp(1 + 0.35 * (vigour - 1) + uniform(rng, -0.15, 0.15), 0.65, 1.35),
      ambition: rng.chance(0.35) ? 1 : 0,
    };
  });
  const byTownship: number[][] = county.townships.map(() => []);
  county.members.forEach((m, i) => (byTownship[m.townshipIndex] as number[]).push(i));
  const mrng = createRandom(deriveSeed(seed, 'records/diligence'));
  const diligence = county.members.map((m) => {
    const base = mrng.pickWeighted<[number, number]>([
      [[0.35, 0.7], 2],
      [[0.7, 1.1], 5],
      [[1.1, 1.5], 3],
    ]);
    const d = uniform(mrng, base[0], base[1]);
    if (m.status === MemberStatus.REVOKED) return 0.2 + 0.15 * mrng.next();
    if (m.status === MemberStatus.WITHDRAWN) return Math.min(d, 0.9);
    return d;
  });
  return { county, byTownship, profiles, diligence };
}

function membersOn(ctx: Ctx, townshipIndex: number, date: string): number[] {
  return (ctx.byTownship[townshipIndex] as number[]).filter((i) => activeOn(ctx.county.members[i] as DemoMember, date));
}

function allMembersOn(ctx: Ctx, date: string): number[] {
  const out: number[] = [];
  ctx.county.members.forEach((m, i) => {
    if (activeOn(m, date)) out.push(i);
  });
  return out;
}

/**
 * A date in [from, to] on which the township has at least one member in office: a random
 * date when possible, otherwise a date inside some member's term; null when nobody of the
 * township is in office in the whole range.
 */
function dateWithMembers(rng: Random, ctx: Ctx, townshipIndex: number, from: string, to: string): string | null {
  for (let attempt = 0; attempt < 6; attempt++) {
    const d = rng.date(from, to);
    if (membersOn(ctx, townshipIndex, d).length > 0) return d;
  }
  const windows: [string, string][] = [];
  for (const i of ctx.byTownship[townshipIndex] as number[]) {
    const m = ctx.county.members[i] as DemoMember;
    const lo = maxDate(from, m.joinedOn);
    const hi = minDate(to, m.leftOn ?? to);
    if (lo <= hi) windows.push([lo, hi]);
  }
  if (windows.length === 0) return null;
  const [lo, hi] = rng.pick(windows);
  return rng.date(lo, hi);
}

/** Draws weighted members without replacement. */
function weightedSample(rng: Random, pool: readonly number[], n: number, weight: (i: number) => number): number[] {
  const rest = pool.slice();
  const out: number[] = [];
  while (out.length < n && rest.length > 0) {
    const chosen = rng.pickWeighted(rest.map((i, k): [number, number] => [k, Math.max(0.001, weight(i))]));
    out.push(rest[chosen] as number);
    rest.splice(chosen, 1);
  }
  return out;
}

function attendanceFor(
  rng: Random,
  ctx: Ctx,
  memberIndex: number,
  townshipIndex: number | null,
  boost = 0,
): Attendance {
  const member = ctx.county.members[memberIndex] as DemoMember;
  const profile = ctx.profiles[townshipIndex ?? member.townshipIndex] as TownshipProfile;
  const dil = ctx.diligence[memberIndex] as number;
  const p = clamp(profile.attendance + 0.18 * (dil - 1) + boost, 0.25, 0.99);
  if (rng.chance(p)) return Attendance.PRESENT;
  return rng.chance(profile.absentShare) ? Attendance.ABSENT : Attendance.EXCUSED;
}

// ---------------------------------------------------------------------------------------------
// Work plans and the activity volume they imply
// ---------------------------------------------------------------------------------------------

interface PlanDraft {
  townshipIndex: number;
  year: number;
  items: { kind: PlanItemKind; target: number; quarter: number | null }[];
}

/** The metric a demo draft's kind targets: the legacy mapping, and 协商 items are the villages' 微协商. */
const DEMO_PLAN_METRICS: Readonly<Partial<Record<PlanItemKind, PlanMetricKey>>> = {
  ...LEGACY_PLAN_KIND_METRICS,
  [PlanItemKind.CONSULTATION]: 'microConsultations',
};

function buildPlans(ctx: Ctx, seed: number): PlanDraft[] {
  const plans: PlanDraft[] = [];
  for (const year of DEMO_RECORD_YEARS) {
    const rng = createRandom(deriveSeed(seed, `records/plans/${year}`));
    ctx.county.townships.forEach((_t, ti) => {
      const p = ctx.profiles[ti] as TownshipProfile;
      const items: PlanDraft['items'] = [
        { kind: PlanItemKind.STUDY, target: p.ambition && rng.chance(0.5) ? 6 : 4, quarter: null },
        { kind: PlanItemKind.OPINION_REPORT, target: p.ambition ? rng.pick([8, 10]) : 6, quarter: null },
        { kind: PlanItemKind.INSPECTION, target: p.ambition && rng.chance(0.5) ? 3 : 2, quarter: null },
        { kind: PlanItemKind.RESEARCH, target: 2, quarter: null },
      ];
      const extras: PlanDraft['items'] = [
        { kind: PlanItemKind.CONSULTATION, target: rng.pick([4, 6, 8]), quarter: null },
        { kind: PlanItemKind.VISIT, target: 4, quarter: null },
        { kind: PlanItemKind.MEETING, target: 4, quarter: null },
        { kind: PlanItemKind.PUBLICITY, target: rng.pick([2, 3, 4]), quarter: null },
        { kind: PlanItemKind.CHARITY, target: 1, quarter: 1 },
        { kind: PlanItemKind.CULTURAL_HISTORY, target: 1, quarter: null },
      ];
      items.push(...rng.sample(extras, rng.int(0, 2)));
      plans.push({ townshipIndex: ti, year, items });
    });
  }
  return plans;
}

/** Base yearly count per kind for a township of vigour 1 (≈30 activities). */
const BASE_ACTIVITY_COUNTS: Readonly<Record<ActivityKind, number>> = {
  [ActivityKind.STUDY]: 6,
  [ActivityKind.MEETING]: 3,
  [ActivityKind.CONSULTATION]: 6,
  [ActivityKind.INSPECTION]: 2,
  [ActivityKind.RESEARCH]: 2,
  [ActivityKind.VISIT]: 4,
  [ActivityKind.CHARITY]: 2,
  [ActivityKind.PUBLICITY]: 3,
  [ActivityKind.CULTURAL_HISTORY]: 1,
  [ActivityKind.TRAINING]: 1,
};
const MIN_ACTIVITY_COUNTS: Partial<Record<ActivityKind, number>> = {
  [ActivityKind.STUDY]: 2,
  [ActivityKind.MEETING]: 2,
  [ActivityKind.CONSULTATION]: 2,
  [ActivityKind.INSPECTION]: 1,
  [ActivityKind.RESEARCH]: 1,
  [ActivityKind.VISIT]: 1,
};

// ---------------------------------------------------------------------------------------------
// Proposals
// ---------------------------------------------------------------------------------------------

interface ProposalDraft {
  year: number;
  townshipIndex: number | null;
  session: string | null;
  submittedOn: string;
  category: ProposalCategory;
  /** Vocabulary title before localisation (merged proposals copy their target's). */
  baseTitle: string;
  place: string | null;
  title: string;
  content: string;
  proposerKind: ProposerKind;
  lead: number | null;
  orgName: string | null;
  coSigners: number[];
  status: ProposalStatus;
  isKey: boolean;
  chair: string | null;
  mergedInto: ProposalDraft | null;
  serialNo: number;
  id: number;
}

const CATEGORY_WEIGHTS: Readonly<Record<TownshipKind, readonly (readonly [ProposalCategory, number])[]>> = {
  [TownshipKind.SUBDISTRICT]: [
    [ProposalCategory.ECONOMY, 5],
    [ProposalCategory.URBAN_RURAL, 6],
    [ProposalCategory.AGRICULTURE, 1],
    [ProposalCategory.EDUCATION_SCIENCE_CULTURE_HEALTH, 5],
    [ProposalCategory.SOCIETY_LAW, 4],
    [ProposalCategory.OTHER, 2],
  ],
  [TownshipKind.TOWN]: [
    [ProposalCategory.ECONOMY, 3],
    [ProposalCategory.URBAN_RURAL, 4],
    [ProposalCategory.AGRICULTURE, 6],
    [ProposalCategory.EDUCATION_SCIENCE_CULTURE_HEALTH, 4],
    [ProposalCategory.SOCIETY_LAW, 3],
    [ProposalCategory.OTHER, 1],
  ],
  [TownshipKind.XIANG]: [
    [ProposalCategory.ECONOMY, 2],
    [ProposalCategory.URBAN_RURAL, 3],
    [ProposalCategory.AGRICULTURE, 8],
    [ProposalCategory.EDUCATION_SCIENCE_CULTURE_HEALTH, 4],
    [ProposalCategory.SOCIETY_LAW, 3],
    [ProposalCategory.OTHER, 1],
  ],
};

const PROPOSAL_CONTENT_TEMPLATES: readonly string[] = [
  '提案人深入{place}走访调研，听取群众和基层干部意见，认为{subject}事关群众切身利益。目前仍存在投入不足、机制不健全、推进较慢等问题。建议：一是加强统筹规划，明确责任单位和时间节点；二是加大资金投入，积极争取上级项目和政策支持；三是建立长效管理机制，定期督查通报。',
  '近年来，我县在{subject}方面做了大量工作，取得一定成效，但{place}群众反映仍较集中。主要问题：一是政策宣传不到位；二是部门之间协调配合不够；三是基层力量薄弱。建议有关部门深入开展专题调研，制定切实可行的工作方案，分年度推进落实。',
  '{place}群众多次向委员反映{subject}方面的问题。经实地察看，问题确实存在并影响群众生产生活。建议：一是尽快组织现场办公，摸清底数；二是将相关事项纳入年度民生实事；三是落实管护责任，防止问题反弹。',
  '围绕{subject}，提案人结合本职工作和在{place}的调研情况提出以下建议：一要强化组织领导，压实部门责任；二要创新工作方式，引导社会力量参与；三要完善考核评价，把群众满意度作为重要标准。',
];

/** Units by title keyword (short names), tried in order; the first match leads. */
const UNIT_KEYWORDS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/医疗保险|医保/, ['医保局', '卫健委']],
  [/养老保险|返乡创业|用工|高素质农民/, ['人社局', '农业农村局']],
  [/公路|公交|高俞路|超限|道路/, ['交通运输局', '公安局']],
  [/停车|背街小巷|绿化|智慧城市|街道交通秩序/, ['城管局', '住建局', '公安局']],
  [/电网|用电/, ['供电公司', '发改委']],
  [/饮水/, ['水利局', '自来水公司', '卫健委']],
  [/老旧小区|集镇|下水管网|燃气|污水/, ['住建局', '生态环境分局', '财政局']],
  [/农田水利|拦水堰|高标准农田/, ['水利局', '农业农村局', '财政局']],
  [/耕地|闲置厂房|低效用地|土地流转/, ['自然资源规划局', '农业农村局']],
  [/学校|教师|高中|教育|学生/, ['教育局', '财政局', '人社局']],
  [/卫生院|卫生室|医共体|疾控|就医/, ['卫健委', '医保局', '人民医院']],
  [/文物|非物质|农家书屋|文化站|送戏|健身|旅游/, ['文旅体局', '财政局']],
  [/科技/, ['科技局', '农业农村局']],
  [/养老服务|留守|低保|残疾/, ['民政局', '财政局']],
  [/纠纷|调解|法治/, ['司法局', '公安局']],
  [/治安|诈骗|违法犯罪/, ['公安局', '司法局']],
  [/安全生产|消防/, ['应急管理局', '消防救援大队']],
  [/食品安全|农资/, ['市场监管局', '农业农村局']],
  [/融资|减税降费/, ['财政局', '发改委']],
  [/一网通办|数字政府|政务服务/, ['数据资源局', '发改委']],
  [/电子商务|个体工商户|物流/, ['商务局', '市场监管局', '邮政分公司']],
  [/招商|项目|开发区|产业集群|制造业|营商环境/, ['发改委', '商务局', '财政局']],
  [/乡村振兴|脱贫|返贫|集体经济|和美乡村|人居环境/, ['乡村振兴局', '农业农村局', '财政局']],
  [/花椒|合作社|粮食|稻虾|一村一品/, ['农业农村局', '乡村振兴局']],
  [/生态环境|污染|秸秆/, ['生态环境分局', '农业农村局']],
  [/森林防火/, ['林业局', '应急管理局']],
];

const CATEGORY_UNITS: Readonly<Record<ProposalCategory, readonly string[]>> = {
  [ProposalCategory.ECONOMY]: ['发改委', '商务局', '财政局'],
  [ProposalCategory.URBAN_RURAL]: ['住建局', '交通运输局', '城管局'],
  [ProposalCategory.AGRICULTURE]: ['农业农村局', '乡村振兴局', '水利局'],
  [ProposalCategory.EDUCATION_SCIENCE_CULTURE_HEALTH]: ['教育局', '卫健委', '文旅体局'],
  [ProposalCategory.SOCIETY_LAW]: ['民政局', '司法局', '人社局'],
  [ProposalCategory.OTHER]: ['发改委', '数据资源局', '财政局'],
};

/** Unit indexes suited to a proposal, the lead first. */
function unitsFor(county: DemoCounty, title: string, category: ProposalCategory): number[] {
  const names: string[] = [];
  for (const [re, units] of UNIT_KEYWORDS) if (re.test(title)) names.push(...units);
  names.push(...CATEGORY_UNITS[category]);
  const out: number[] = [];
  for (const name of names) {
    const i = county.handlingUnits.findIndex((u) => u.shortName === name);
    if (i >= 0 && !out.includes(i)) out.push(i);
  }
  if (out.length === 0) out.push(0);
  return out;
}

/** Status weights for the proposals of a year beyond the guaranteed quota. */
function statusWeights(year: number, quality: number): [ProposalStatus, number][] {
  const S = ProposalStatus;
  const recent = year === DEMO_RECORD_YEARS[DEMO_RECORD_YEARS.length - 1];
  return [
    [S.CLOSED, (recent ? 32 : 60) * quality],
    [S.REPLIED, recent ? 18 : 6],
    [S.REHANDLING, recent ? 3 : 1.5],
    [S.ASSIGNED, recent ? 7 : 1.5],
    [S.ACCEPTED, recent ? 2.5 : 0.7],
    [S.SUBMITTED, recent ? 2 : 0.4],
    [S.REJECTED, 13 / quality],
    [S.CONVERTED, 8 / quality],
    [S.MERGED, 5],
  ];
}

const EARLY_STATUSES: readonly ProposalStatus[] = [ProposalStatus.SUBMITTED, ProposalStatus.ACCEPTED];
const ACCEPTED_STATUSES: readonly ProposalStatus[] = [
  ProposalStatus.ACCEPTED,
  ProposalStatus.ASSIGNED,
  ProposalStatus.REPLIED,
  ProposalStatus.REHANDLING,
  ProposalStatus.CLOSED,
];
const ASSIGNED_STATUSES: readonly ProposalStatus[] = [
  ProposalStatus.ASSIGNED,
  ProposalStatus.REPLIED,
  ProposalStatus.REHANDLING,
  ProposalStatus.CLOSED,
];

function orgProposers(county: DemoCounty): { kind: ProposerKind; name: string; weight: number }[] {
  const out: { kind: ProposerKind; name: string; weight: number }[] = [];
  for (const s of county.sectors) {
    if (s.category === SectorCategory.PARTY && s.name !== '中共' && s.name !== '无党派人士') {
      out.push({ kind: ProposerKind.PARTY_GROUP, name: `${s.name}${county.countyName}委员会`, weight: 3 });
    } else if (s.category === SectorCategory.PEOPLES_ORGANISATION) {
      const name = s.name === '共青团' ? `共青团${county.countyName}委员会` : `县${s.name}`;
      out.push({ kind: ProposerKind.PARTY_GROUP, name, weight: 1.5 });
    } else if (s.category === SectorCategory.SECTOR) {
      out.push({ kind: ProposerKind.SECTOR, name: `县政协${s.name}委员`, weight: 1 });
    }
  }
  for (const c of county.committees) out.push({ kind: ProposerKind.COMMITTEE, name: `县政协${c.name}`, weight: 2 });
  return out;
}

function proposalContent(rng: Random, place: string | null, baseTitle: string): string {
  return rng
    .pick(PROPOSAL_CONTENT_TEMPLATES)
    .replace('{place}', place ?? '我县部分乡镇')
    .replace('{subject}', subjectOf(baseTitle));
}

function draftProposals(ctx: Ctx, seed: number, year: number): ProposalDraft[] {
  const rng = createRandom(deriveSeed(seed, `records/proposals/${year}`));
  const { county } = ctx;
  const session = sessionOf(year);
  const drafts: ProposalDraft[] = [];
  const ledCount = new Map<number, number>();
  const signedCount = new Map<number, number>();

  const newDraft = (
    partial: Omit<ProposalDraft, 'status' | 'isKey' | 'chair' | 'mergedInto' | 'serialNo' | 'id' | 'title' | 'content'>,
  ): ProposalDraft => {
    const title =
      partial.place && !partial.baseTitle.includes('县')
        ? localizeTitle(partial.baseTitle, partial.place)
        : partial.baseTitle;
    const content = proposalContent(rng, partial.place, partial.baseTitle);
    return {
      ...partial,
      title,
      content,
      status: ProposalStatus.SUBMITTED,
      isKey: false,
      chair: null,
      mergedInto: null,
      serialNo: 0,
      id: 0,
    };
  };

  county.townships.forEach((township, ti) => {
    const profile = ctx.profiles[ti] as TownshipProfile;
    const n = clamp(Math.round(10 * profile.vigour * uniform(rng, 0.85, 1.15)), 5, 16);
    const usedTitles = new Set<string>();
    for (let k = 0; k < n; k++) {
      // Most at the plenary session (shortly before or during it), some between sessions.
      let sessionName: string | null = null;
      let date: string | null = null;
      if (rng.chance(0.8)) {
        const d = rng.date(addDays(session.opensOn, -15), addDays(session.opensOn, 3));
        if (membersOn(ctx, ti, d).length > 0) {
          sessionName = session.name;
          date = d;
        }
      }
      date ??= dateWithMembers(rng, ctx, ti, addDays(session.opensOn, 20), `${year}-12-31`);
      if (date === null) continue;
      const pool = membersOn(ctx, ti, date);
      const leads = pool.filter((i) => (ledCount.get(i) ?? 0) < MAX_LED_PER_YEAR);
      if (leads.length === 0) continue;
      const lead = weightedSample(
        rng,
        leads,
        1,
        (i) => (ctx.diligence[i] as number) / (1 + 2 * (ledCount.get(i) ?? 0) + (signedCount.get(i) ?? 0)),
      )[0] as number;
      ledCount.set(lead, (ledCount.get(lead) ?? 0) + 1);

      let coSigners: number[] = [];
      if (rng.chance(0.3)) {
        const others = pool.filter((i) => i !== lead);
        // Members who have not signed a proposal this year are asked first (四个一).
        coSigners = weightedSample(
          rng,
          others,
          Math.min(others.length, rng.int(1, 4)),
          (i) => (ctx.diligence[i] as number) / (1 + 2 * ((ledCount.get(i) ?? 0) + (signedCount.get(i) ?? 0))),
        );
        for (const m of coSigners) signedCount.set(m, (signedCount.get(m) ?? 0) + 1);
        if (rng.chance(0.2)) {
          const outside = allMembersOn(ctx, date).filter((i) => (county.members[i] as DemoMember).townshipIndex !== ti);
          if (outside.length > 0) coSigners.push(rng.pick(outside));
        }
      }
      const category = rng.pickWeighted(CATEGORY_WEIGHTS[township.kind]);
      const titles = PROPOSAL_TITLES[category].filter((t) => !usedTitles.has(t));
      const baseTitle = rng.pick(titles.length > 0 ? titles : PROPOSAL_TITLES[category]);
      usedTitles.add(baseTitle);
      const place = rng.chance(0.5)
        ? township.name
        : rng.chance(0.4)
          ? `${township.name}${rng.pick(township.villages)}`
          : null;
      drafts.push(
        newDraft({
          year,
          townshipIndex: ti,
          session: sessionName,
          submittedOn: date,
          category,
          baseTitle,
          place,
          proposerKind: coSigners.length > 0 ? ProposerKind.JOINT : ProposerKind.MEMBER,
          lead,
          orgName: null,
          coSigners,
        }),
      );
    }
  });

  // County-level proposals of parties, groups, committees and sectors (no township).
  const orgs = orgProposers(county);
  const orgCount = rng.int(12, 18);
  for (let k = 0; k < orgCount; k++) {
    const org = rng.pickWeighted(orgs.map((o): [typeof o, number] => [o, o.weight]));
    const atSession = rng.chance(0.9);
    const date = atSession
      ? rng.date(addDays(session.opensOn, -20), addDays(session.opensOn, 2))
      : rng.date(addDays(session.opensOn, 30), `${year}-11-30`);
    const category = rng.pickWeighted(CATEGORY_WEIGHTS[TownshipKind.TOWN]);
    const baseTitle = rng.pick(PROPOSAL_TITLES[category]);
    drafts.push(
      newDraft({
        year,
        townshipIndex: null,
        session: atSession ? session.name : null,
        submittedOn: date,
        category,
        baseTitle,
        place: null,
        proposerKind: org.kind,
        lead: null,
        orgName: org.name,
        coSigners: [],
      }),
    );
  }

  assignStatuses(rng, ctx, drafts, year);

  // Serial numbers in order of submission.
  const order = drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.submittedOn < b.d.submittedOn ? -1 : a.d.submittedOn > b.d.submittedOn ? 1 : a.i - b.i));
  order.forEach(({ d }, k) => (d.serialNo = k + 1));
  const sorted = order.map(({ d }) => d);

  // 并案: into an accepted proposal of the same year, preferably of the same category.
  const accepted = sorted.filter((d) => ACCEPTED_STATUSES.includes(d.status));
  for (const d of sorted) {
    if (d.status !== ProposalStatus.MERGED) continue;
    const same = accepted.filter((a) => a.category === d.category && a !== d);
    const target = rng.pick(same.length > 0 ? same : accepted);
    d.mergedInto = target;
    d.category = target.category;
    d.baseTitle = target.baseTitle;
    d.title = d.place && !d.baseTitle.includes('县') ? localizeTitle(d.baseTitle, d.place) : d.baseTitle;
    d.content = proposalContent(rng, d.place, d.baseTitle);
  }

  // 重点提案: a few assigned ones a year, each supervised by a chair.
  const keyPool = sorted.filter((d) => ASSIGNED_STATUSES.includes(d.status) && d.session !== null);
  const keys = rng.sample(keyPool, Math.min(keyPool.length, rng.int(3, 6)));
  keys.forEach((d, k) => {
    d.isKey = true;
    d.chair = (DEMO_CHAIRS[k % DEMO_CHAIRS.length] as (typeof DEMO_CHAIRS)[number]).name;
  });
  return sorted;
}

/** Every status at least twice in the year (early ones on late submissions), the rest by weight. */
function assignStatuses(rng: Random, ctx: Ctx, drafts: ProposalDraft[], year: number): void {
  const free = new Set(drafts.map((_d, i) => i));
  const byLateness = drafts
    .map((d, i) => ({ on: d.submittedOn, i }))
    .sort((a, b) => (a.on > b.on ? -1 : a.on < b.on ? 1 : a.i - b.i))
    .map(({ i }) => i);
  const take = (pool: number[]): number => {
    const candidates = pool.filter((i) => free.has(i));
    const i = rng.pick(candidates);
    free.delete(i);
    return i;
  };
  const lateThird = byLateness.slice(0, Math.max(6, Math.floor(drafts.length / 3)));
  const all = drafts.map((_d, i) => i);
  for (const status of Object.values(ProposalStatus)) {
    const pool = EARLY_STATUSES.includes(status) ? lateThird : all;
    for (let k = 0; k < 2; k++) (drafts[take(pool)] as ProposalDraft).status = status;
  }
  for (const i of free) {
    const d = drafts[i] as ProposalDraft;
    const quality = d.townshipIndex === null ? 1.2 : (ctx.profiles[d.townshipIndex] as TownshipProfile).quality;
    d.status = rng.pickWeighted(statusWeights(year, quality));
  }
}

interface ProposalOutput {
  proposals: ProposalRow[];
  signers: ProposalSignerRow[];
  units: ProposalUnitRow[];
  events: ProposalEventRow[];
}

function satisfactionFor(rng: Random, replyClass: ReplyClass): Satisfaction {
  const S = Satisfaction;
  switch (replyClass) {
    case ReplyClass.A:
      return rng.chance(0.85) ? S.SATISFIED : S.BASICALLY_SATISFIED;
    case ReplyClass.B:
      return rng.chance(0.5) ? S.SATISFIED : S.BASICALLY_SATISFIED;
    default:
      return rng.chance(0.2) ? S.SATISFIED : S.BASICALLY_SATISFIED;
  }
}

function implementationFor(rng: Random, replyClass: ReplyClass): ImplementationStatus {
  const I = ImplementationStatus;
  switch (replyClass) {
    case ReplyClass.A:
      return rng.chance(0.9) ? I.IMPLEMENTED : I.IN_PROGRESS;
    case ReplyClass.B:
      return rng.chance(0.6) ? I.IN_PROGRESS : I.IMPLEMENTED;
    default:
      return rng.chance(0.7) ? I.NOT_IMPLEMENTED : I.IN_PROGRESS;
  }
}

function feedbackComment(rng: Random, s: Satisfaction): string {
  const c = FEEDBACK_COMMENTS;
  if (s === Satisfaction.SATISFIED) return rng.pick([c[0], c[1]] as string[]);
  if (s === Satisfaction.BASICALLY_SATISFIED) return rng.pick([c[2], c[4]] as string[]);
  return c[3] as string;
}

/** Plays a proposal's workflow to its final status, through the domain state machine. */
function playWorkflow(rng: Random, ctx: Ctx, d: ProposalDraft, out: ProposalOutput): void {
  const { county } = ctx;
  const session = sessionOf(d.year);
  const quality = d.townshipIndex === null ? 1.2 : (ctx.profiles[d.townshipIndex] as TownshipProfile).quality;
  const proposerName = d.lead !== null ? (county.members[d.lead] as DemoMember).name : (d.orgName as string);
  const row: ProposalRow = {
    id: d.id,
    year: d.year,
    session: d.session,
    serialNo: d.serialNo,
    title: d.title,
    content: d.content,
    category: d.category,
    proposerKind: d.proposerKind,
    leadMemberId: d.lead === null ? null : d.lead + 1,
    proposerOrgName: d.orgName,
    townshipId: d.townshipIndex === null ? null : d.townshipIndex + 1,
    status: ProposalStatus.SUBMITTED,
    submittedOn: d.submittedOn,
    reviewDecision: null,
    reviewedOn: null,
    reviewNote: null,
    mergedIntoId: null,
    opinionReportId: null,
    isKey: d.isKey,
    supervisingChair: d.chair,
    assignedOn: null,
    deadline: null,
    leadUnitId: null,
    firstReplyOn: null,
    lastReplyOn: null,
    replyClass: null,
    replyText: null,
    satisfaction: null,
    feedbackOn: null,
    implementation: null,
    closedOn: null,
  };

  let lastAt = 0;
  const event = (
    action: string,
    date: string,
    to: ProposalStatus,
    from: ProposalStatus | null,
    actor: string,
    note: string | null,
  ): void => {
    let at = beijing(date, rng.int(8 * 60 + 30, 17 * 60 + 30)).getTime();
    if (at <= lastAt) at = lastAt + 20 * 60_000;
    lastAt = at;
    out.events.push({
      id: out.events.length + 1,
      proposalId: d.id,
      at: new Date(at),
      action,
      fromStatus: from,
      toStatus: to,
      actorName: actor,
      note,
    });
  };
  const step = (
    action: ProposalAction,
    date: string,
    actor: string,
    note: string | null,
    args: ProposalContext = {},
  ): void => {
    const res = nextProposalStatus(row.status, action, args);
    if (!res.ok) throw new Error(`demo proposal ${d.year}-${d.serialNo}: ${res.reason}`);
    event(action, date, res.to, row.status, actor, note);
    row.status = res.to;
  };

  event(
    'SUBMIT',
    d.submittedOn,
    ProposalStatus.SUBMITTED,
    null,
    proposerName,
    d.session ? `${d.session}期间提交` : '闭会期间提交（平时提案）',
  );
  if (d.status === ProposalStatus.SUBMITTED) {
    out.proposals.push(row);
    return;
  }

  // Review: after the session closes for session proposals, within weeks otherwise.
  const reviewBase = d.session ? maxDate(d.submittedOn, addDays(session.opensOn, 4)) : d.submittedOn;
  let reviewedOn = addDays(reviewBase, d.session ? rng.int(12, 35) : rng.int(7, 25));
  if (d.mergedInto) reviewedOn = maxDate(reviewedOn, addDays(d.mergedInto.submittedOn, 3));
  row.reviewedOn = reviewedOn;
  switch (d.status) {
    case ProposalStatus.REJECTED: {
      const reason = rng.pick(PROPOSAL_REJECTION_REASONS);
      row.reviewDecision = ProposalStatus.REJECTED;
      row.reviewNote = reason;
      step(ProposalAction.REVIEW_REJECT, reviewedOn, PROPOSAL_OFFICE, reason, { reason });
      out.proposals.push(row);
      return;
    }
    case ProposalStatus.CONVERTED: {
      const note = rng.pick(PROPOSAL_CONVERSION_NOTES);
      row.reviewDecision = ProposalStatus.CONVERTED;
      row.reviewNote = note;
      step(ProposalAction.REVIEW_CONVERT, reviewedOn, PROPOSAL_OFFICE, note);
      out.proposals.push(row);
      return;
    }
    case ProposalStatus.MERGED: {
      const target = d.mergedInto as ProposalDraft;
      const note = `与第${target.serialNo}号提案内容相近，并入该提案办理`;
      row.reviewDecision = ProposalStatus.MERGED;
      row.reviewNote = note;
      row.mergedIntoId = target.id;
      step(ProposalAction.REVIEW_MERGE, reviewedOn, PROPOSAL_OFFICE, note, { mergedIntoId: String(target.id) });
      out.proposals.push(row);
      return;
    }
    default:
      row.reviewDecision = ProposalStatus.ACCEPTED;
      step(ProposalAction.REVIEW_ACCEPT, reviewedOn, PROPOSAL_OFFICE, '经审查，符合立案标准，予以立案');
  }
  if (d.status === ProposalStatus.ACCEPTED) {
    out.proposals.push(row);
    return;
  }

  // Assignment (交办), sometimes after a unit asked to hand it back (退办).
  const suited = unitsFor(county, d.baseTitle, d.category);
  let assignedOn = addDays(reviewedOn, rng.int(3, 20));
  let reassigned = false;
  if (suited.length > 1 && rng.chance(0.08)) {
    reassigned = true;
    const wrong = rng.pick(county.handlingUnits.map((_u, i) => i).filter((i) => !suited.includes(i)));
    step(
      ProposalAction.ASSIGN,
      assignedOn,
      PROPOSAL_OFFICE,
      `交${(county.handlingUnits[wrong] as { name: string }).name}主办`,
    );
    assignedOn = addDays(assignedOn, rng.int(7, 20));
  }
  const leadUnit = suited[0] as number;
  const coUnits = rng.sample(
    suited.slice(1),
    Math.min(
      suited.length - 1,
      rng.pickWeighted<number>([
        [0, 4],
        [1, 4],
        [2, 2],
      ]),
    ),
  );
  const deadline = defaultDeadline(assignedOn);
  const unitName = (county.handlingUnits[leadUnit] as { name: string }).name;
  const coNames = coUnits.map((u) => (county.handlingUnits[u] as { name: string }).name);
  row.assignedOn = assignedOn;
  row.deadline = deadline;
  row.leadUnitId = leadUnit + 1;
  out.units.push({ id: out.units.length + 1, proposalId: d.id, unitId: leadUnit + 1, role: UnitAssignmentRole.LEAD });
  for (const u of coUnits)
    out.units.push({ id: out.units.length + 1, proposalId: d.id, unitId: u + 1, role: UnitAssignmentRole.CO });
  const keyNote = d.isKey
    ? `；列为重点提案，由${DEMO_CHAIRS.find((c) => c.name === d.chair)?.title ?? '县政协主席'}${d.chair}领衔督办`
    : '';
  step(
    ProposalAction.ASSIGN,
    assignedOn,
    PROPOSAL_OFFICE,
    `${reassigned ? '原承办单位申请退办，重新交办：' : ''}交${unitName}主办${coNames.length ? `，${coNames.join('、')}会办` : ''}，办理期限${deadline}${keyNote}`,
  );
  if (d.status === ProposalStatus.ASSIGNED) {
    out.proposals.push(row);
    return;
  }

  // Replies, with a 不满意 → 重新办理 round for REHANDLING and a few others.
  const rounds = d.status === ProposalStatus.REHANDLING ? 1 : rng.chance(0.08) ? 1 : 0;
  const onTime = rng.chance(clamp(0.8 + 0.1 * quality, 0.7, 0.97));
  const toDeadline = isoToDayNumber(deadline) - isoToDayNumber(assignedOn);
  let replyOn = onTime ? addDays(assignedOn, rng.int(25, toDeadline)) : addDays(deadline, rng.int(3, 40));
  const reply = (date: string, second: boolean): ReplyClass => {
    const cls = rng.pickWeighted<ReplyClass>([
      [ReplyClass.A, 45 * quality],
      [ReplyClass.B, 40],
      [ReplyClass.C, 15 / quality],
    ]);
    row.replyClass = cls;
    row.replyText = fillTemplate(rng.pick(REPLY_TEMPLATES[cls]), {
      unit: unitName,
      title: d.title,
      year: date.slice(0, 4),
    });
    row.firstReplyOn ??= date;
    row.lastReplyOn = date;
    row.satisfaction = null;
    row.feedbackOn = null;
    step(ProposalAction.REPLY, date, unitName, `${second ? '重新办理后再次答复' : '书面答复'}，答复类别${cls}类`);
    return cls;
  };
  let cls = reply(replyOn, false);
  for (let r = 0; r < rounds; r++) {
    const feedbackOn = addDays(replyOn, rng.int(7, 25));
    row.satisfaction = Satisfaction.DISSATISFIED;
    row.feedbackOn = feedbackOn;
    step(ProposalAction.FEEDBACK, feedbackOn, proposerName, feedbackComment(rng, Satisfaction.DISSATISFIED), {
      satisfaction: Satisfaction.DISSATISFIED,
    });
    if (d.status === ProposalStatus.REHANDLING) {
      out.proposals.push(row);
      return;
    }
    replyOn = addDays(feedbackOn, rng.int(20, 60));
    cls = reply(replyOn, true);
  }

  // Feedback, 落实情况 and 办结.
  const wantsFeedback = d.status === ProposalStatus.CLOSED || (rounds === 0 && rng.chance(0.4));
  let last = replyOn;
  if (wantsFeedback) {
    const s = satisfactionFor(rng, cls);
    const feedbackOn = addDays(replyOn, rng.int(7, 30));
    row.satisfaction = s;
    row.feedbackOn = feedbackOn;
    step(ProposalAction.FEEDBACK, feedbackOn, proposerName, feedbackComment(rng, s), { satisfaction: s });
    last = feedbackOn;
  }
  if (d.status === ProposalStatus.CLOSED || rng.chance(0.3)) {
    const impl = implementationFor(rng, cls);
    const on = addDays(last, rng.int(0, 15));
    row.implementation = impl;
    step(
      ProposalAction.SET_IMPLEMENTATION,
      on,
      PROPOSAL_OFFICE,
      { IMPLEMENTED: '已落实', IN_PROGRESS: '正在落实', NOT_IMPLEMENTED: '未落实' }[impl],
    );
    last = on;
  }
  if (d.status === ProposalStatus.CLOSED) {
    const closedOn = addDays(last, rng.int(3, 20));
    row.closedOn = closedOn;
    step(ProposalAction.CLOSE, closedOn, PROPOSAL_OFFICE, '办理完毕，予以办结', {
      hasFeedback: true,
      lastSatisfaction: row.satisfaction ?? undefined,
    });
  }
  if (row.status !== d.status)
    throw new Error(`demo proposal ${d.year}-${d.serialNo}: ended in ${row.status}, wanted ${d.status}`);
  out.proposals.push(row);
}

function buildProposals(ctx: Ctx, seed: number): ProposalOutput {
  const out: ProposalOutput = { proposals: [], signers: [], units: [], events: [] };
  const drafts = DEMO_RECORD_YEARS.flatMap((year) => draftProposals(ctx, seed, year));
  drafts.forEach((d, i) => (d.id = i + 1));
  const rng = createRandom(deriveSeed(seed, 'records/proposal-workflow'));
  for (const d of drafts) {
    if (d.lead !== null) {
      out.signers.push({ id: out.signers.length + 1, proposalId: d.id, memberId: d.lead + 1, isLead: true });
      for (const m of d.coSigners)
        out.signers.push({ id: out.signers.length + 1, proposalId: d.id, memberId: m + 1, isLead: false });
    }
    playWorkflow(rng, ctx, d, out);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Activities
// ---------------------------------------------------------------------------------------------

interface ActivityDraft {
  row: Omit<ActivityRow, 'id'>;
  participants: { member: number; attendance: Attendance }[];
  seq: number;
}

/** Titles that only fit some dates (MM-DD windows, or a first date). */
const TITLE_WINDOWS: readonly { re: RegExp; from?: string; to?: string; since?: string; until?: string }[] = [
  { re: /二十大/, since: '2022-10-25' },
  { re: /二十届三中全会/, since: '2024-07-25' },
  { re: /主题教育/, since: '2023-04-01', until: '2024-01-31' },
  { re: /全国两会/, from: '03-12', to: '05-31' },
  { re: /县政协全会精神/, from: '01-20', to: '04-30' },
  { re: /迎春|春节/, from: '01-05', to: '02-15' },
  { re: /重阳/, from: '10-01', to: '10-31' },
  { re: /六一/, from: '05-20', to: '06-01' },
  { re: /金秋助学/, from: '08-10', to: '09-15' },
  { re: /第一季度/, from: '01-01', to: '03-31' },
  { re: /第二季度/, from: '04-01', to: '06-30' },
  { re: /第三季度/, from: '07-01', to: '09-30' },
  { re: /第四季度/, from: '10-01', to: '12-31' },
  { re: /防汛/, from: '05-15', to: '09-30' },
];

function titleFits(title: string, date: string): boolean {
  const md = date.slice(5);
  for (const w of TITLE_WINDOWS) {
    if (!w.re.test(title)) continue;
    if (w.since && date < w.since) return false;
    if (w.until && date > w.until) return false;
    if (w.from && w.to && (md < w.from || md > w.to)) return false;
  }
  return true;
}

/** A title that fits the date: from `preferred` when one does, else from `all`. */
function pickTitle(
  rng: Random,
  preferred: readonly string[],
  date: string,
  all: readonly string[] = preferred,
): string {
  const fitting = preferred.filter((t) => titleFits(t, date));
  if (fitting.length > 0) return rng.pick(fitting);
  const anyFitting = all.filter((t) => titleFits(t, date));
  if (anyFitting.length > 0) return rng.pick(anyFitting);
  const unconstrained = all.filter((t) => !TITLE_WINDOWS.some((w) => w.re.test(t)));
  return rng.pick(unconstrained.length > 0 ? unconstrained : all);
}

function meetingKindOf(title: string): MeetingKind {
  for (const kind of Object.values(MeetingKind)) if (MEETING_TITLES[kind].includes(title)) return kind;
  return MeetingKind.REGULAR;
}

function emptyActivity(
  kind: ActivityKind,
  title: string,
  heldOn: string,
  townshipIndex: number | null,
  location: string | null,
): Omit<ActivityRow, 'id'> {
  return {
    kind,
    title,
    heldOn,
    year: Number(heldOn.slice(0, 4)),
    townshipId: townshipIndex === null ? null : townshipIndex + 1,
    location,
    topic: null,
    meetingKind: null,
    consultationScale: null,
    suggestionsMade: 0,
    suggestionsAdopted: 0,
    reportTitle: null,
    submittedTo: null,
    peopleReached: null,
    opinionsCollected: null,
    donationYuan: 0,
    beneficiaries: null,
    outletLevel: null,
    piecesSubmitted: null,
    notes: null,
  };
}

/** Rural titles and places do not suit a subdistrict (街道), nor urban ones a town or 乡, when others are left. */
const RURAL = /农村|农业|种植|乡村|田埂|田间|村头|村部|村民组|农资|粮食|和美|拦水堰|合作社|集镇/;
const URBAN = /老旧小区|电梯|小区|城区|背街小巷/;
function suited<T extends string>(t: DemoTownship, list: readonly T[]): readonly T[] {
  const unfit = t.kind === TownshipKind.SUBDISTRICT ? RURAL : URBAN;
  const fitting = list.filter((x) => !unfit.test(x));
  return fitting.length > 0 ? fitting : list;
}

/** Publicity titles that name their outlet. */
const PUBLICITY_OUTLET_HINTS: readonly (readonly [RegExp, GovernmentLevel, string])[] = [
  [/县融媒体中心/, GovernmentLevel.COUNTY, '县融媒体中心'],
  [/江淮时报/, GovernmentLevel.PROVINCE, '《江淮时报》'],
  [/微信公众号/, GovernmentLevel.COUNTY, '县政协微信公众号'],
  [/黑板报|宣传栏/, GovernmentLevel.COUNTY, '镇村宣传阵地'],
];

function partyCommitteeOf(t: DemoTownship): string {
  return t.kind === TownshipKind.SUBDISTRICT ? '街道党工委' : t.kind === TownshipKind.XIANG ? '乡党委' : '镇党委';
}

function suggestions(rng: Random, made: number, adoptRate: number): [number, number] {
  const adopted = clamp(Math.round(made * adoptRate * uniform(rng, 0.7, 1.1)), 0, made);
  return [made, adopted];
}

/** Which kinds a township does in a year, how often (the plan's targets push ambitious ones). */
function activityCounts(rng: Random, profile: TownshipProfile, year: number): Record<ActivityKind, number> {
  const v = profile.vigour * uniform(rng, 0.9, 1.1);
  const counts = {} as Record<ActivityKind, number>;
  for (const kind of Object.values(ActivityKind)) {
    const expected = BASE_ACTIVITY_COUNTS[kind] * v * uniform(rng, 0.8, 1.2);
    counts[kind] = Math.max(MIN_ACTIVITY_COUNTS[kind] ?? 0, Math.round(expected));
  }
  // The first year of the new term starts with training for the new members.
  if (year === 2022) counts[ActivityKind.TRAINING] = Math.max(1, counts[ActivityKind.TRAINING]);
  return counts;
}

function townshipActivities(
  rng: Random,
  ctx: Ctx,
  ti: number,
  year: number,
  seq: { n: number },
  plan: PlanDraft | undefined,
): ActivityDraft[] {
  const township = ctx.county.townships[ti] as DemoTownship;
  const profile = ctx.profiles[ti] as TownshipProfile;
  const counts = activityCounts(rng, profile, year);
  const adoptRate = clamp(0.45 + 0.3 * (profile.quality - 1) + 0.1 * (profile.vigour - 1), 0.2, 0.85);
  const drafts: ActivityDraft[] = [];
  const townshipPlace = (): string => fillTemplate(rng.pick(TOWNSHIP_LOCATIONS), { township: township.name });
  const villagePlace = (village: string): string =>
    fillTemplate(rng.pick(suited(township, VILLAGE_LOCATIONS)), { village });

  const fieldWorkCount = new Map<number, number>();
  // Titles already used this year are avoided while others are left.
  const used = new Set<string>();
  const fresh = (list: readonly string[]): readonly string[] => {
    const left = list.filter((t) => !used.has(t));
    return left.length > 0 ? left : list;
  };
  const add = (kind: ActivityKind, index: number): void => {
    // Quarterly spread for study sessions and meetings, the whole year otherwise.
    const q = (index % 4) + 1;
    const [from, to] =
      kind === ActivityKind.STUDY || kind === ActivityKind.MEETING
        ? quarterRange(year, q)
        : [`${year}-01-04`, `${year}-12-28`];
    let heldOn = rng.date(from, to);
    const village = rng.pick(township.villages);
    let title: string;
    let row: Omit<ActivityRow, 'id'>;
    let invite: 'all' | [number, number];
    switch (kind) {
      case ActivityKind.STUDY: {
        const base = pickTitle(rng, fresh(ACTIVITY_TITLES[kind]), heldOn, ACTIVITY_TITLES[kind]);
        used.add(base);
        title = base;
        row = emptyActivity(kind, title, heldOn, ti, townshipPlace());
        row.topic =
          STUDY_TOPICS.find((t) => base.includes(t)) ??
          (base.includes('书香') ? '政协委员履职基本知识' : rng.pick(STUDY_TOPICS));
        invite = 'all';
        break;
      }
      case ActivityKind.MEETING: {
        const pool = [...MEETING_TITLES[MeetingKind.REGULAR], ...MEETING_TITLES[MeetingKind.FORUM]];
        const quarterTitle = MEETING_TITLES[MeetingKind.REGULAR][q - 1] as string;
        const base = index < 4 && rng.chance(0.7) ? quarterTitle : pickTitle(rng, pool, heldOn);
        const meetingKind = meetingKindOf(base);
        title = meetingKind === MeetingKind.REGULAR ? `${township.bodyName}${base}` : `${township.name}${base}`;
        row = emptyActivity(kind, title, heldOn, ti, townshipPlace());
        row.meetingKind = meetingKind;
        invite = 'all';
        break;
      }
      case ActivityKind.CONSULTATION: {
        const major = index === 0 || (index === 1 && profile.vigour > 1.3);
        const scale = major ? ConsultationScale.MAJOR : ConsultationScale.MICRO;
        const base = rng.pick(fresh(suited(township, CONSULTATION_TITLES[scale])));
        used.add(base);
        title = major ? `${township.name}${base}` : `${village}${base}`;
        row = emptyActivity(kind, title, heldOn, ti, major ? townshipPlace() : villagePlace(village));
        row.consultationScale = scale;
        row.topic = major ? base.replace(/(专题|对口)?协商会$/, '') : (base.split('：')[1] ?? base);
        [row.suggestionsMade, row.suggestionsAdopted] = suggestions(
          rng,
          major ? rng.int(5, 14) : rng.int(1, 5),
          adoptRate,
        );
        invite = major ? 'all' : [2, 6];
        break;
      }
      case ActivityKind.INSPECTION: {
        const base = pickTitle(
          rng,
          fresh(suited(township, ACTIVITY_TITLES[kind])),
          heldOn,
          suited(township, ACTIVITY_TITLES[kind]),
        );
        used.add(base);
        title = base.replace(/^视察/, `视察${rng.chance(0.6) ? township.name : village}`);
        row = emptyActivity(kind, title, heldOn, ti, villagePlace(village));
        row.reportTitle = `关于${title.replace(/^视察/, '')}的视察报告`;
        [row.suggestionsMade, row.suggestionsAdopted] = suggestions(rng, rng.int(3, 10), adoptRate);
        invite = [3, 9];
        break;
      }
      case ActivityKind.RESEARCH: {
        const report = rng.pick(fresh(suited(township, RESEARCH_REPORT_TITLES)));
        used.add(report);
        const k = RESEARCH_REPORT_TITLES.indexOf(report);
        title = `${township.name}${ACTIVITY_TITLES[kind][k] as string}`;
        row = emptyActivity(kind, title, heldOn, ti, villagePlace(village));
        if (rng.chance(0.85)) {
          row.reportTitle = localizeTitle(RESEARCH_REPORT_TITLES[k] as string, township.name);
          row.submittedTo = rng.chance(0.6) ? partyCommitteeOf(township) : '县政协';
        }
        [row.suggestionsMade, row.suggestionsAdopted] = suggestions(rng, rng.int(3, 12), adoptRate);
        invite = [3, 8];
        break;
      }
      case ActivityKind.VISIT: {
        const base = pickTitle(
          rng,
          fresh(suited(township, ACTIVITY_TITLES[kind])),
          heldOn,
          suited(township, ACTIVITY_TITLES[kind]),
        );
        used.add(base);
        title = base.startsWith('走访')
          ? `走访${village}${base.slice(2)}`
          : base.startsWith('进村入组')
            ? `深入${village}${base}`
            : `${township.name}${base}`;
        row = emptyActivity(kind, title, heldOn, ti, villagePlace(village));
        row.peopleReached = rng.int(8, 160);
        row.opinionsCollected = rng.int(2, 18);
        [row.suggestionsMade, row.suggestionsAdopted] = suggestions(
          rng,
          rng.int(0, Math.min(6, row.opinionsCollected)),
          adoptRate,
        );
        invite = [2, 5];
        break;
      }
      case ActivityKind.CHARITY: {
        // A plan item "春节前后走访慰问" (quarter 1) is usually honoured by the first one.
        const springVisit =
          index === 0 &&
          plan?.items.some((i) => i.kind === PlanItemKind.CHARITY && i.quarter === 1) &&
          rng.chance(0.85);
        heldOn = springVisit ? rng.date(`${year}-01-05`, `${year}-02-15`) : rng.date(`${year}-01-04`, `${year}-12-28`);
        const base = pickTitle(rng, fresh(ACTIVITY_TITLES[kind]), heldOn, ACTIVITY_TITLES[kind]);
        used.add(base);
        title = `${township.name}政协委员${base}`;
        row = emptyActivity(kind, title, heldOn, ti, villagePlace(village));
        row.donationYuan = Math.round((rng.int(20, 400) * 100 * (0.6 + 0.6 * profile.vigour)) / 100) * 100;
        row.beneficiaries = rng.int(3, 80);
        invite = [2, 10];
        break;
      }
      case ActivityKind.PUBLICITY: {
        const base = pickTitle(rng, fresh(ACTIVITY_TITLES[kind]), heldOn, ACTIVITY_TITLES[kind]);
        used.add(base);
        const hint = PUBLICITY_OUTLET_HINTS.find(([re]) => re.test(base));
        const level =
          hint?.[1] ??
          rng.pickWeighted<GovernmentLevel>([
            [GovernmentLevel.COUNTY, 55],
            [GovernmentLevel.CITY, 28 * profile.quality],
            [GovernmentLevel.PROVINCE, 12 * profile.quality],
            [GovernmentLevel.NATIONAL, 5 * profile.quality],
          ]);
        title = /^[县向]/.test(base) ? base : `${township.name}${base}`;
        row = emptyActivity(kind, title, heldOn, ti, null);
        row.outletLevel = level;
        row.notes = `刊发平台：${hint?.[2] ?? rng.pick(PUBLICITY_OUTLETS[level])}`;
        invite = [1, 2];
        break;
      }
      case ActivityKind.CULTURAL_HISTORY: {
        const base = pickTitle(rng, fresh(ACTIVITY_TITLES[kind]), heldOn, ACTIVITY_TITLES[kind]);
        used.add(base);
        title = base.includes('本镇') ? base.replace('本镇', township.name) : `${township.name}${base}`;
        row = emptyActivity(kind, title, heldOn, ti, townshipPlace());
        row.piecesSubmitted = rng.int(1, 12);
        invite = [1, 3];
        break;
      }
      case ActivityKind.TRAINING: {
        const titles =
          year === 2022 && index === 0
            ? ['新任政协委员培训班']
            : ACTIVITY_TITLES[kind].filter((t) => t !== '新任政协委员培训班');
        title = `${township.name}${rng.pick(titles)}`;
        if (year === 2022 && index === 0) heldOn = rng.date('2022-01-20', '2022-03-20');
        row = emptyActivity(kind, title, heldOn, ti, townshipPlace());
        invite = 'all';
        break;
      }
    }
    row.heldOn = heldOn;
    const pool = membersOn(ctx, ti, heldOn);
    let invited: number[];
    if (invite === 'all') invited = pool.filter(() => rng.chance(0.95));
    else {
      // Inspections and research go round the members who have not taken part in one yet.
      const fieldWork = kind === ActivityKind.INSPECTION || kind === ActivityKind.RESEARCH;
      const weight = (i: number): number =>
        (ctx.diligence[i] as number) / (fieldWork ? 1 + 2 * (fieldWorkCount.get(i) ?? 0) : 1);
      invited = weightedSample(rng, pool, Math.min(pool.length, rng.int(invite[0], invite[1])), weight);
      if (fieldWork) for (const m of invited) fieldWorkCount.set(m, (fieldWorkCount.get(m) ?? 0) + 1);
    }
    const participants = invited
      .sort((a, b) => a - b)
      .map((member) => ({
        member,
        attendance:
          invite === 'all'
            ? attendanceFor(rng, ctx, member, ti)
            : rng.chance(0.93)
              ? Attendance.PRESENT
              : Attendance.EXCUSED,
      }));
    drafts.push({ row, participants, seq: seq.n++ });
  };

  for (const kind of Object.values(ActivityKind)) for (let i = 0; i < counts[kind]; i++) add(kind, i);

  // 2021: the new term's members meet at the end of December.
  if (year === 2021) {
    const heldOn = '2021-12-30';
    const pool = membersOn(ctx, ti, heldOn);
    const row = emptyActivity(
      ActivityKind.MEETING,
      `${township.name}新一届政协委员见面座谈会`,
      heldOn,
      ti,
      townshipPlace(),
    );
    row.meetingKind = MeetingKind.FORUM;
    drafts.push({
      row,
      participants: pool.map((member) => ({ member, attendance: attendanceFor(rng, ctx, member, ti, 0.05) })),
      seq: seq.n++,
    });
  }
  return drafts;
}

function countyActivities(rng: Random, ctx: Ctx, year: number, seq: { n: number }): ActivityDraft[] {
  const { county } = ctx;
  const session = sessionOf(year);
  const drafts: ActivityDraft[] = [];
  const place = (): string => rng.pick(COUNTY_LOCATIONS);
  const push = (row: Omit<ActivityRow, 'id'>, invited: number[], boost: number, everyone: boolean): void => {
    const participants = invited
      .slice()
      .sort((a, b) => a - b)
      .map((member) => ({
        member,
        attendance: everyone
          ? attendanceFor(rng, ctx, member, null, boost)
          : rng.chance(0.92)
            ? Attendance.PRESENT
            : Attendance.EXCUSED,
      }));
    drafts.push({ row, participants, seq: seq.n++ });
  };
  const sampleOn = (date: string, lo: number, hi: number, filter: (i: number) => boolean = () => true): number[] => {
    const pool = allMembersOn(ctx, date).filter(filter);
    return weightedSample(rng, pool, Math.min(pool.length, rng.int(lo, hi)), (i) => ctx.diligence[i] as number);
  };
  const committeeMembers = new Set(county.committees.flatMap((c) => c.members.map((s) => s.memberIndex)));
  const directors = new Set(
    county.committees.flatMap((c) =>
      c.members.filter((s) => s.role !== CommitteeRole.MEMBER).map((s) => s.memberIndex),
    ),
  );

  // The plenary session: every member in office is expected.
  {
    const row = emptyActivity(
      ActivityKind.MEETING,
      `${county.countyName}政协${session.name}`,
      session.opensOn,
      null,
      '县会议中心',
    );
    row.meetingKind = MeetingKind.PLENARY;
    row.notes = `${session.term}委员会第${session.name.replace(/^.*届/, '').replace('会议', '')}全体会议，为期三天`;
    push(row, allMembersOn(ctx, session.opensOn), 0.1, true);
  }
  // Standing committee and chairs' meetings.
  const standing = (d: string) =>
    allMembersOn(ctx, d).filter(
      (i) => (county.members[i] as DemoMember).kind === MemberKind.STANDING_MEMBER || directors.has(i),
    );
  const standingTitles = rng.shuffle(MEETING_TITLES[MeetingKind.STANDING_COMMITTEE]);
  const standingCount = rng.int(3, 4);
  for (let k = 0; k < standingCount; k++) {
    const heldOn = rng.date(quarterRange(year, k + 1)[0], quarterRange(year, k + 1)[1]);
    const title = `${county.countyName}政协${standingTitles[k % standingTitles.length] as string}`;
    const row = emptyActivity(ActivityKind.MEETING, title, heldOn, null, '县政协机关三楼会议室');
    row.meetingKind = MeetingKind.STANDING_COMMITTEE;
    push(row, standing(heldOn), 0.05, true);
  }
  const chairsTitles = rng.shuffle(MEETING_TITLES[MeetingKind.CHAIRS]);
  const chairsCount = rng.int(2, 3);
  for (let k = 0; k < chairsCount; k++) {
    const heldOn = rng.date(`${year}-02-01`, `${year}-12-15`);
    const row = emptyActivity(
      ActivityKind.MEETING,
      `${county.countyName}政协${chairsTitles[k % chairsTitles.length] as string}`,
      heldOn,
      null,
      '县政协机关三楼会议室',
    );
    row.meetingKind = MeetingKind.CHAIRS;
    push(
      row,
      allMembersOn(ctx, heldOn).filter((i) => directors.has(i)),
      0.1,
      true,
    );
  }
  // One of every other kind (so that every kind occurs every year), two major consultations.
  for (let k = 0; k < 2; k++) {
    const heldOn = rng.date(`${year}-03-01`, `${year}-11-30`);
    const base = rng.pick(CONSULTATION_TITLES[ConsultationScale.MAJOR]);
    const row = emptyActivity(ActivityKind.CONSULTATION, `县政协${base}`, heldOn, null, place());
    row.consultationScale = ConsultationScale.MAJOR;
    row.topic = base.replace(/(专题|对口)?协商会$/, '');
    [row.suggestionsMade, row.suggestionsAdopted] = suggestions(rng, rng.int(8, 20), 0.6);
    push(row, sampleOn(heldOn, 15, 30), 0, false);
  }
  {
    const heldOn = rng.date(`${year}-03-01`, `${year}-06-30`);
    const row = emptyActivity(
      ActivityKind.STUDY,
      `县政协${pickTitle(rng, ACTIVITY_TITLES[ActivityKind.STUDY], heldOn)}`,
      heldOn,
      null,
      place(),
    );
    row.topic = STUDY_TOPICS.find((t) => row.title.includes(t)) ?? rng.pick(STUDY_TOPICS);
    push(row, sampleOn(heldOn, 30, 60), 0, true);
  }
  for (const kind of [ActivityKind.INSPECTION, ActivityKind.RESEARCH]) {
    const heldOn = rng.date(`${year}-04-01`, `${year}-10-31`);
    const committee = rng.pick(county.committees);
    const seats = new Set(committee.members.map((s) => s.memberIndex));
    let row: Omit<ActivityRow, 'id'>;
    if (kind === ActivityKind.INSPECTION) {
      const title = pickTitle(rng, ACTIVITY_TITLES[kind], heldOn);
      row = emptyActivity(kind, `县政协${committee.name}${title}`, heldOn, null, null);
      row.reportTitle = `关于${title.replace(/^视察/, '')}的视察报告`;
    } else {
      const k = rng.int(0, RESEARCH_REPORT_TITLES.length - 1);
      row = emptyActivity(kind, `县政协${committee.name}${ACTIVITY_TITLES[kind][k] as string}`, heldOn, null, null);
      row.reportTitle = localizeTitle(RESEARCH_REPORT_TITLES[k] as string, '我县');
      row.submittedTo = '县委、县政府';
    }
    [row.suggestionsMade, row.suggestionsAdopted] = suggestions(rng, rng.int(5, 12), 0.6);
    push(
      row,
      allMembersOn(ctx, heldOn).filter((i) => seats.has(i) || (committeeMembers.has(i) && rng.chance(0.1))),
      0,
      false,
    );
  }
  {
    const heldOn = rng.date(`${year}-05-01`, `${year}-11-30`);
    const row = emptyActivity(
      ActivityKind.TRAINING,
      `县政协${year === 2022 ? '新任委员培训班' : '委员履职能力提升培训'}`,
      heldOn,
      null,
      '县政协委员之家',
    );
    push(row, sampleOn(heldOn, 40, 80), 0, true);
  }
  {
    const heldOn = rng.date(`${year}-06-01`, `${year}-09-30`);
    const row = emptyActivity(ActivityKind.VISIT, '县政协“委员走访月”活动', heldOn, null, null);
    row.peopleReached = rng.int(150, 600);
    row.opinionsCollected = rng.int(20, 60);
    [row.suggestionsMade, row.suggestionsAdopted] = suggestions(rng, rng.int(8, 20), 0.5);
    push(row, sampleOn(heldOn, 10, 25), 0, false);
  }
  {
    const heldOn = rng.date(`${year}-01-05`, `${year}-02-10`);
    const row = emptyActivity(ActivityKind.CHARITY, '县政协春节走访慰问困难群众', heldOn, null, null);
    row.donationYuan = rng.int(200, 600) * 100;
    row.beneficiaries = rng.int(50, 200);
    push(row, sampleOn(heldOn, 8, 15), 0, false);
  }
  {
    const heldOn = rng.date(`${year}-03-01`, `${year}-12-20`);
    const level = rng.pick([GovernmentLevel.CITY, GovernmentLevel.PROVINCE, GovernmentLevel.NATIONAL]);
    const titles = ACTIVITY_TITLES[ActivityKind.PUBLICITY].filter(
      (t) => !PUBLICITY_OUTLET_HINTS.some(([re]) => re.test(t)),
    );
    const row = emptyActivity(ActivityKind.PUBLICITY, `县政协${rng.pick(titles)}`, heldOn, null, null);
    row.outletLevel = level;
    row.notes = `刊发平台：${rng.pick(PUBLICITY_OUTLETS[level])}`;
    push(row, sampleOn(heldOn, 1, 2), 0, false);
  }
  {
    const heldOn = rng.date(`${year}-04-01`, `${year}-11-30`);
    const row = emptyActivity(
      ActivityKind.CULTURAL_HISTORY,
      `县政协文史和学习委员会${rng.pick(['编辑出版文史资料专辑', '征集县域红色文史资料', '编纂县政协志'])}`,
      heldOn,
      null,
      '县政协机关',
    );
    row.piecesSubmitted = rng.int(10, 40);
    push(row, sampleOn(heldOn, 2, 5), 0, false);
  }
  return drafts;
}

function buildActivities(
  ctx: Ctx,
  seed: number,
  plans: readonly PlanDraft[],
): { activities: ActivityRow[]; participants: ActivityParticipantRow[] } {
  const drafts: ActivityDraft[] = [];
  const seq = { n: 0 };
  for (const year of DEMO_RECORD_YEARS) {
    drafts.push(
      ...countyActivities(createRandom(deriveSeed(seed, `records/activities/county/${year}`)), ctx, year, seq),
    );
    ctx.county.townships.forEach((_t, ti) => {
      const plan = plans.find((p) => p.townshipIndex === ti && p.year === year);
      drafts.push(
        ...townshipActivities(
          createRandom(deriveSeed(seed, `records/activities/${ti}/${year}`)),
          ctx,
          ti,
          year,
          seq,
          plan,
        ),
      );
    });
  }
  drafts.sort((a, b) => (a.row.heldOn < b.row.heldOn ? -1 : a.row.heldOn > b.row.heldOn ? 1 : a.seq - b.seq));
  const activities: ActivityRow[] = [];
  const participants: ActivityParticipantRow[] = [];
  drafts.forEach((d, i) => {
    const id = i + 1;
    activities.push({ id, ...d.row });
    for (const p of d.participants)
      participants.push({
        id: participants.length + 1,
        activityId: id,
        memberId: p.member + 1,
        attendance: p.attendance,
      });
  });
  return { activities, participants };
}

// ---------------------------------------------------------------------------------------------
// Opinion reports
// ---------------------------------------------------------------------------------------------

const OPINION_CONTENT =
  '{place}群众反映：{subject}。据委员了解，该问题涉及面广、群众关注度高，如不及时解决，容易引发矛盾。建议有关部门高度重视，开展专项排查，制定解决方案，并加强政策宣传和跟踪问效。';

function buildOpinionReports(
  ctx: Ctx,
  seed: number,
): { reports: OpinionReportRow[]; submitters: OpinionSubmitterRow[] } {
  const { county } = ctx;
  const drafts: { row: Omit<OpinionReportRow, 'id'>; submitters: number[]; seq: number }[] = [];
  let seq = 0;
  for (const year of DEMO_RECORD_YEARS) {
    const rng = createRandom(deriveSeed(seed, `records/opinions/${year}`));
    const recent = year === DEMO_RECORD_YEARS[DEMO_RECORD_YEARS.length - 1];
    const yearDrafts: (typeof drafts)[number][] = [];
    const reported = new Map<number, number>();
    county.townships.forEach((township, ti) => {
      const profile = ctx.profiles[ti] as TownshipProfile;
      const n = clamp(Math.round(8 * profile.vigour * uniform(rng, 0.8, 1.2)), 3, 14);
      const titles = rng.sample(OPINION_REPORT_TITLES, Math.min(n, OPINION_REPORT_TITLES.length));
      for (let k = 0; k < n; k++) {
        const date = dateWithMembers(rng, ctx, ti, `${year}-01-05`, `${year}-12-20`);
        if (date === null) continue;
        const pool = membersOn(ctx, ti, date);
        // Members without a report this year are preferred (四个一), the diligent most.
        const who = weightedSample(
          rng,
          pool,
          Math.min(
            pool.length,
            rng.pickWeighted<number>([
              [1, 4],
              [2, 3],
              [3, 3],
            ]),
          ),
          (i) => (ctx.diligence[i] as number) ** 2 / (1 + 3 * (reported.get(i) ?? 0)),
        );
        for (const m of who) reported.set(m, (reported.get(m) ?? 0) + 1);
        const base = titles[k % titles.length] as string;
        const village = rng.pick(township.villages);
        const title =
          base.startsWith('关于') && rng.chance(0.6)
            ? localizeTitle(base, rng.chance(0.5) ? township.name : `${township.name}${village}`)
            : base;
        const pendingChance = recent && date > `${year}-11-01` ? 0.7 : recent ? 0.05 : 0.02;
        let status: OpinionStatus;
        if (rng.chance(pendingChance)) status = OpinionStatus.SUBMITTED;
        else
          status = rng.chance(clamp(0.5 * profile.quality, 0.2, 0.75))
            ? OpinionStatus.ADOPTED
            : OpinionStatus.NOT_ADOPTED;
        const row: Omit<OpinionReportRow, 'id'> = {
          title,
          content: OPINION_CONTENT.replace('{place}', `${township.name}${village}`).replace(
            '{subject}',
            subjectOf(base),
          ),
          townshipId: ti + 1,
          submittedOn: date,
          year,
          status,
          adoptionLevel: null,
          adoptedOn: null,
          leaderInstruction: false,
          instructionLevel: null,
          publishedIssue: null,
          sourceProposalId: null,
        };
        if (status === OpinionStatus.ADOPTED) {
          const level = rng.pickWeighted<GovernmentLevel>([
            [GovernmentLevel.COUNTY, 55],
            [GovernmentLevel.CITY, 32],
            [GovernmentLevel.PROVINCE, 9 * profile.quality],
            [GovernmentLevel.NATIONAL, 2.5 * profile.quality],
          ]);
          row.adoptionLevel = level;
          row.adoptedOn = minDate(addDays(date, rng.int(7, 60)), DEMO_TODAY);
          if (rng.chance(0.18 * profile.quality)) {
            row.leaderInstruction = true;
            const levels = [
              GovernmentLevel.COUNTY,
              GovernmentLevel.CITY,
              GovernmentLevel.PROVINCE,
              GovernmentLevel.NATIONAL,
            ];
            row.instructionLevel = rng.pick(levels.slice(0, levels.indexOf(level) + 1));
          }
        }
        const d = { row, submitters: who.sort((a, b) => a - b), seq: seq++ };
        yearDrafts.push(d);
      }
    });
    // 《社情信息》: the adopted reports published in issues numbered per year of publication.
    const published = yearDrafts
      .filter((d) => d.row.status === OpinionStatus.ADOPTED && rng.chance(0.8))
      .sort((a, b) =>
        (a.row.adoptedOn as string) < (b.row.adoptedOn as string)
          ? -1
          : (a.row.adoptedOn as string) > (b.row.adoptedOn as string)
            ? 1
            : a.seq - b.seq,
      );
    let issueYear = 0;
    let issue = 0;
    let left = 0;
    for (const d of published) {
      const y = Number((d.row.adoptedOn as string).slice(0, 4));
      if (y !== issueYear) {
        // Reports adopted in January of the next year continue that year's numbering.
        issueYear = y;
        issue = y === year ? 0 : 1;
        left = 0;
      }
      if (left === 0) {
        issue += 1;
        left = rng.int(2, 4);
      }
      left -= 1;
      d.row.publishedIssue = fillTemplate(OPINION_ISSUE_TEMPLATE, { year: y, count: issue });
    }
    drafts.push(...yearDrafts);
  }
  drafts.sort((a, b) =>
    a.row.submittedOn < b.row.submittedOn ? -1 : a.row.submittedOn > b.row.submittedOn ? 1 : a.seq - b.seq,
  );
  const reports: OpinionReportRow[] = [];
  const submitters: OpinionSubmitterRow[] = [];
  drafts.forEach((d, i) => {
    reports.push({ id: i + 1, ...d.row });
    for (const m of d.submitters) submitters.push({ id: submitters.length + 1, reportId: i + 1, memberId: m + 1 });
  });
  return { reports, submitters };
}

/**
 * 转为社情民意: every converted proposal's opinion report (same title, content, authors and
 * township, submitted on the review date), appended after the members' own reports so their ids
 * stay put, and linked both ways — as the conversion step does.
 */
function addConvertedReports(
  proposals: ProposalRow[],
  signers: readonly ProposalSignerRow[],
  opinions: { reports: OpinionReportRow[]; submitters: OpinionSubmitterRow[] },
): void {
  for (const p of proposals) {
    if (p.status !== ProposalStatus.CONVERTED) continue;
    const submittedOn = p.reviewedOn as string;
    const id = opinions.reports.length + 1;
    opinions.reports.push({
      id,
      title: p.title,
      content: p.content,
      townshipId: p.townshipId,
      submittedOn,
      year: Number(submittedOn.slice(0, 4)),
      status: submittedOn < `${DEMO_TODAY.slice(0, 4)}-01-01` ? OpinionStatus.NOT_ADOPTED : OpinionStatus.SUBMITTED,
      adoptionLevel: null,
      adoptedOn: null,
      leaderInstruction: false,
      instructionLevel: null,
      publishedIssue: null,
      sourceProposalId: p.id,
    });
    const authors = signers
      .filter((s) => s.proposalId === p.id)
      .sort((a, b) => Number(b.isLead) - Number(a.isLead) || a.id - b.id);
    for (const a of authors)
      opinions.submitters.push({ id: opinions.submitters.length + 1, reportId: id, memberId: a.memberId });
    p.opinionReportId = id;
  }
}

// ---------------------------------------------------------------------------------------------
// Democratic supervision
// ---------------------------------------------------------------------------------------------

/** Units whose remit fits a supervision topic (short names). */
const TOPIC_UNITS: Readonly<Record<string, readonly string[]>> = {
  优化营商环境工作: ['发改委', '数据资源局', '市场监管局', '商务局'],
  农村人居环境整治工作: ['农业农村局', '乡村振兴局', '住建局'],
  为民办实事项目建设: ['发改委', '财政局', '住建局'],
  招商引资及项目建设: ['商务局', '发改委'],
  污染防治工作: ['生态环境分局'],
  安全生产工作: ['应急管理局', '消防救援大队'],
  交通基础设施建设: ['交通运输局'],
  行风建设和服务质量: ['人民医院', '中医院', '供电公司', '自来水公司', '人社局', '医保局', '公安局', '邮政分公司'],
  提案办理工作: ['住建局', '交通运输局', '教育局', '卫健委', '农业农村局', '民政局'],
  农村饮水安全工程: ['水利局', '自来水公司'],
  义务教育均衡发展: ['教育局'],
  医疗保障基金使用监管: ['医保局'],
  食品安全监管: ['市场监管局'],
  城市管理执法工作: ['城管局'],
  耕地保护工作: ['自然资源规划局'],
};
/** Topics reserved for their own kind of supervision. */
const KIND_TOPICS_REVERSE: Readonly<Record<string, SupervisionKind>> = {
  提案办理工作: SupervisionKind.PROPOSAL_HANDLING,
  行风建设和服务质量: SupervisionKind.CONDUCT_REVIEW,
};

function buildSupervision(
  ctx: Ctx,
  seed: number,
): { targets: SupervisionTargetRow[]; items: RectificationItemRow[]; supervisors: SpecialSupervisorRow[] } {
  const { county } = ctx;
  const rng = createRandom(deriveSeed(seed, 'records/supervision'));
  const targets: SupervisionTargetRow[] = [];
  const items: RectificationItemRow[] = [];
  const lastYear = DEMO_RECORD_YEARS[DEMO_RECORD_YEARS.length - 1] as number;
  const secondKinds = [SupervisionKind.SPECIAL, SupervisionKind.CONDUCT_REVIEW, SupervisionKind.PROPOSAL_HANDLING];
  const usedUnits = new Set<number>();
  const usedTopics = new Set<string>();
  const governmentUnits = county.handlingUnits.map((_u, i) => i);

  DEMO_RECORD_YEARS.forEach((year, yi) => {
    const kinds = [SupervisionKind.ANNUAL_EVALUATION, secondKinds[yi % secondKinds.length] as SupervisionKind];
    kinds.forEach((kind, k) => {
      const freshTopics = SUPERVISION_TOPICS.filter((t) => !usedTopics.has(t) && !(t in KIND_TOPICS_REVERSE));
      const topic =
        kind === SupervisionKind.PROPOSAL_HANDLING
          ? '提案办理工作'
          : kind === SupervisionKind.CONDUCT_REVIEW
            ? '行风建设和服务质量'
            : rng.pick(
                freshTopics.length > 0 ? freshTopics : SUPERVISION_TOPICS.filter((t) => !(t in KIND_TOPICS_REVERSE)),
              );
      usedTopics.add(topic);
      // A unit whose remit fits the topic, not yet supervised if possible.
      const fitting = (TOPIC_UNITS[topic] ?? [])
        .map((short) => county.handlingUnits.findIndex((x) => x.shortName === short))
        .filter((i) => i >= 0);
      const candidates = fitting.length > 0 ? fitting : governmentUnits;
      const fresh = candidates.filter((x) => !usedUnits.has(x));
      const unit = rng.pick(fresh.length > 0 ? fresh : candidates);
      usedUnits.add(unit);
      const u = county.handlingUnits[unit] as { name: string; shortName: string };
      const complete = year < lastYear || k === 0;
      const planCheckOn = rng.date(`${year}-03-05`, `${year}-04-25`);
      const midYearOn = rng.date(`${year}-06-10`, `${year}-07-31`);
      const evaluationOn = complete ? rng.date(`${year}-11-10`, `${year}-12-20`) : null;
      const lookBackOn = year < lastYear ? rng.date(`${year + 1}-03-15`, `${year + 1}-05-31`) : null;
      const findings = rng.sample(SUPERVISION_FINDINGS, rng.int(2, 3));
      const recommendations = rng.sample(SUPERVISION_RECOMMENDATIONS, rng.int(2, 4));
      const row: SupervisionTargetRow = {
        id: targets.length + 1,
        unitId: unit + 1,
        year,
        kind,
        topic,
        planCheckOn,
        planCheckNotes: `监督小组听取${u.name}${year}年度${topic}计划汇报，查阅台账资料，对工作计划提出修改意见。`,
        midYearOn,
        midYearNotes: `实地察看${u.shortName}窗口和基层站所，召开座谈会听取服务对象意见，督促上半年发现问题整改落实。`,
        evaluationOn,
        evaluationNotes: null,
        lookBackOn,
        lookBackNotes: lookBackOn
          ? `对${u.shortName}整改落实情况开展“回头看”，整改事项已逐项销号，群众满意度明显提升。`
          : null,
        questionnairesIssued: null,
        questionnairesReturned: null,
        score: null,
        grade: null,
        findings: null,
        recommendationCount: null,
      };
      if (evaluationOn) {
        const issued = rng.int(10, 30) * 10;
        const score = Math.round(uniform(rng, 72, 97.5) * 10) / 10;
        row.questionnairesIssued = issued;
        row.questionnairesReturned = Math.round(issued * uniform(rng, 0.85, 0.98));
        row.score = score;
        row.grade = gradeForScore(score);
        row.findings = findings.map((f, i) => `${i + 1}. ${f}`).join('\n');
        row.recommendationCount = recommendations.length;
        row.evaluationNotes = `召开民主评议大会，发放测评问卷${issued}份。建议：${recommendations.join('；')}。`;
      }
      targets.push(row);
      // Rectification items: due after the evaluation (or after mid-year urging).
      const from = evaluationOn ?? midYearOn;
      for (const text of rng.sample(RECTIFICATION_ITEMS, rng.int(2, 5))) {
        const dueOn = addDays(from, rng.int(30, 120));
        const status =
          year < lastYear - 1
            ? RectificationStatus.DONE
            : year < lastYear
              ? rng.pickWeighted<RectificationStatus>([
                  [RectificationStatus.DONE, 8],
                  [RectificationStatus.IN_PROGRESS, 2],
                ])
              : rng.pickWeighted<RectificationStatus>([
                  [RectificationStatus.DONE, 3],
                  [RectificationStatus.IN_PROGRESS, 4],
                  [RectificationStatus.PENDING, 3],
                ]);
        items.push({ id: items.length + 1, targetId: row.id, text, dueOn, status });
      }
    });
  });

  // 特约监督员: current-term members appointed early in 2022, and a few of the previous term.
  const supervisors: SpecialSupervisorRow[] = [];
  const current = county.members
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => m.status !== MemberStatus.TERM_ENDED && m.joinedOn <= '2022-03-01');
  for (const { m, i } of rng.sample(current, Math.min(current.length, 9))) {
    const fromOn = rng.date('2022-03-01', '2022-04-30');
    supervisors.push({
      id: supervisors.length + 1,
      memberId: i + 1,
      unitId: rng.int(1, county.handlingUnits.length),
      fromOn,
      toOn: m.leftOn && m.leftOn > fromOn ? m.leftOn : null,
    });
  }
  const previous = county.members.map((m, i) => ({ m, i })).filter(({ m }) => m.status === MemberStatus.TERM_ENDED);
  for (const { m, i } of rng.sample(previous, Math.min(previous.length, 3))) {
    supervisors.push({
      id: supervisors.length + 1,
      memberId: i + 1,
      unitId: rng.int(1, county.handlingUnits.length),
      fromOn: rng.date('2019-03-01', '2019-04-30'),
      toOn: m.leftOn,
    });
  }
  return { targets, items, supervisors };
}

// ---------------------------------------------------------------------------------------------
// Duty rules and duty reports
// ---------------------------------------------------------------------------------------------

/** From this year the county counts a member's proposals once 立案, before it every one submitted. */
const DEMO_ACCEPTED_BASIS_FROM = 2024;

function buildDutyRules(): DutyRuleRow[] {
  const rules: DutyRuleRow[] = [];
  for (const year of DEMO_RECORD_YEARS) {
    for (const key of Object.values(DutyRuleKey)) {
      const accepted = year >= DEMO_ACCEPTED_BASIS_FROM;
      const proposalBasis =
        key !== DutyRuleKey.PROPOSAL ? null : accepted ? ProposalDutyBasis.ACCEPTED : ProposalDutyBasis.SUBMITTED;
      const description =
        key === DutyRuleKey.PROPOSAL && accepted
          ? '每年至少有一件领衔或联名的提案立案（含转为社情民意、并入立案提案）'
          : DUTY_RULE_DESCRIPTIONS[key];
      rules.push({ id: rules.length + 1, year, key, minCount: 1, points: 10, proposalBasis, description });
    }
  }
  return rules;
}

/**
 * Members' other duties of the year (proposal signed, opinion report, research or inspection
 * attended, plenary attended), counted per member index: members who did their work mostly
 * write the report too, so the share meeting every rule is realistic rather than a product
 * of independent chances.
 */
function dutiesDone(
  records: Pick<
    DemoRecords,
    'proposals' | 'proposalSigners' | 'opinionReports' | 'opinionSubmitters' | 'activities' | 'activityParticipants'
  >,
): Map<string, number> {
  const done = new Map<string, Set<string>>();
  const mark = (memberId: number, year: number, rule: string): void => {
    const key = `${year}/${memberId - 1}`;
    if (!done.has(key)) done.set(key, new Set());
    (done.get(key) as Set<string>).add(rule);
  };
  for (const s of records.proposalSigners)
    mark(s.memberId, (records.proposals[s.proposalId - 1] as ProposalRow).year, 'proposal');
  for (const s of records.opinionSubmitters)
    mark(s.memberId, (records.opinionReports[s.reportId - 1] as OpinionReportRow).year, 'opinion');
  for (const p of records.activityParticipants) {
    if (p.attendance !== Attendance.PRESENT) continue;
    const a = records.activities[p.activityId - 1] as ActivityRow;
    if (a.kind === ActivityKind.RESEARCH || a.kind === ActivityKind.INSPECTION) mark(p.memberId, a.year, 'field');
    if (a.meetingKind === MeetingKind.PLENARY) mark(p.memberId, a.year, 'plenary');
  }
  return new Map([...done].map(([k, v]) => [k, v.size]));
}

function buildDutyReports(ctx: Ctx, seed: number, done: Map<string, number>): DutyReportRow[] {
  const reports: DutyReportRow[] = [];
  for (const year of DEMO_RECORD_YEARS) {
    const rng = createRandom(deriveSeed(seed, `records/duty-reports/${year}`));
    ctx.county.members.forEach((m, i) => {
      // In office by the end of November, and still when the report is due.
      if (!activeOn(m, `${year}-11-30`)) return;
      const profile = ctx.profiles[m.townshipIndex] as TownshipProfile;
      const duties = done.get(`${year}/${i}`) ?? 0;
      const p = clamp(
        0.3 + 0.16 * duties + 0.15 * (profile.vigour - 1) + 0.1 * ((ctx.diligence[i] as number) - 1),
        0.1,
        0.97,
      );
      if (!rng.chance(p)) return;
      const submittedOn = rng.date(`${year}-12-01`, minDate(m.leftOn ?? `${year + 1}-01-15`, `${year + 1}-01-15`));
      reports.push({
        id: reports.length + 1,
        memberId: i + 1,
        year,
        submittedOn,
        title: `${m.name}${year}年度履职情况述职报告`,
      });
    });
  }
  return reports;
}

// ---------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------

/** Work plans with their items; ids follow (year, township). */
function planRows(ctx: Ctx, plans: PlanDraft[]): { plans: WorkPlanRow[]; items: WorkPlanItemRow[] } {
  const rows: WorkPlanRow[] = [];
  const items: WorkPlanItemRow[] = [];
  plans.forEach((p, i) => {
    const township = ctx.county.townships[p.townshipIndex] as DemoTownship;
    rows.push({
      id: i + 1,
      townshipId: p.townshipIndex + 1,
      year: p.year,
      title: `${township.bodyName}${p.year}年度工作计划`,
      notes: `围绕${partyCommitteeOf(township)}中心工作，组织委员学习、协商、视察、调研，报送社情民意信息，落实委员“四个一”履职要求。`,
    });
    for (const item of p.items) {
      // Items name the catalog metric that counts them; drafts without one (公益慰问, 文史资料)
      // still shape the activities generated but are no plan item.
      const metricKey = DEMO_PLAN_METRICS[item.kind];
      if (!metricKey) continue;
      items.push({
        id: items.length + 1,
        planId: i + 1,
        metricKey,
        kind: null,
        target: item.target,
        quarter: item.quarter,
        description: PLAN_ITEM_DESCRIPTIONS[item.kind](item.target),
      });
    }
  });
  return { plans: rows, items };
}

/** All demo records for the county (default: the county's own seed). Pure. */
export function buildDemoRecords(county: DemoCounty, seed: number = county.seed): DemoRecords {
  const ctx = buildContext(county, seed);
  const proposals = buildProposals(ctx, seed);
  const planDrafts = buildPlans(ctx, seed);
  const { activities, participants } = buildActivities(ctx, seed, planDrafts);
  const opinions = buildOpinionReports(ctx, seed);
  addConvertedReports(proposals.proposals, proposals.signers, opinions);
  const supervision = buildSupervision(ctx, seed);
  const plans = planRows(ctx, planDrafts);
  return {
    proposals: proposals.proposals,
    proposalSigners: proposals.signers,
    proposalUnits: proposals.units,
    proposalEvents: proposals.events,
    activities,
    activityParticipants: participants,
    opinionReports: opinions.reports,
    opinionSubmitters: opinions.submitters,
    supervisionTargets: supervision.targets,
    rectificationItems: supervision.items,
    specialSupervisors: supervision.supervisors,
    workPlans: plans.plans,
    workPlanItems: plans.items,
    dutyRules: buildDutyRules(),
    dutyReports: buildDutyReports(
      ctx,
      seed,
      dutiesDone({
        proposals: proposals.proposals,
        proposalSigners: proposals.signers,
        opinionReports: opinions.reports,
        opinionSubmitters: opinions.submitters,
        activities,
        activityParticipants: participants,
      }),
    ),
  };
}

/** Row counts per table, for logs and reports. */
export function countDemoRecords(records: DemoRecords): Record<keyof DemoRecords, number> {
  const out = {} as Record<keyof DemoRecords, number>;
  for (const key of Object.keys(records) as (keyof DemoRecords)[]) out[key] = records[key].length;
  return out;
}
