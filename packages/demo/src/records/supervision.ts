/** Democratic supervision: two targets a year with phases, evaluation figures and rectification items, and special supervisors. */
import { gradeForScore, MemberStatus, RectificationStatus, SupervisionKind } from '@cppcc/domain';
import type { DemoHandlingUnit } from '../county/model';
import { addDays, createRandom, deriveSeed, type Random } from '../random';
import {
  RECTIFICATION_ITEMS,
  SUPERVISION_FINDINGS,
  SUPERVISION_RECOMMENDATIONS,
  SUPERVISION_TOPICS,
} from '../vocabulary';
import { DEMO_RECORD_YEARS } from './constants';
import type { Ctx } from './context';
import { uniform } from './helpers';
import type { RectificationItemRow, SpecialSupervisorRow, SupervisionTargetRow } from './rows';

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

const LAST_YEAR = DEMO_RECORD_YEARS[DEMO_RECORD_YEARS.length - 1] as number;
const SECOND_KINDS = [SupervisionKind.SPECIAL, SupervisionKind.CONDUCT_REVIEW, SupervisionKind.PROPOSAL_HANDLING];

/** The supervision so far: its stream, rows, and the topics and units already taken. */
interface Supervision {
  readonly rng: Random;
  readonly ctx: Ctx;
  readonly targets: SupervisionTargetRow[];
  readonly items: RectificationItemRow[];
  readonly usedUnits: Set<number>;
  readonly usedTopics: Set<string>;
}

function topicFor(s: Supervision, kind: SupervisionKind): string {
  if (kind === SupervisionKind.PROPOSAL_HANDLING) return '提案办理工作';
  if (kind === SupervisionKind.CONDUCT_REVIEW) return '行风建设和服务质量';
  const open = SUPERVISION_TOPICS.filter((t) => !(t in KIND_TOPICS_REVERSE));
  const freshTopics = open.filter((t) => !s.usedTopics.has(t));
  return s.rng.pick(freshTopics.length > 0 ? freshTopics : open);
}

/** A unit whose remit fits the topic, not yet supervised if possible. */
function unitFor(s: Supervision, topic: string): number {
  const { handlingUnits } = s.ctx.county;
  const fitting = (TOPIC_UNITS[topic] ?? [])
    .map((short) => handlingUnits.findIndex((x) => x.shortName === short))
    .filter((i) => i >= 0);
  const candidates = fitting.length > 0 ? fitting : handlingUnits.map((_u, i) => i);
  const fresh = candidates.filter((x) => !s.usedUnits.has(x));
  const unit = s.rng.pick(fresh.length > 0 ? fresh : candidates);
  s.usedUnits.add(unit);
  return unit;
}

/** The year-end evaluation (民主评议): questionnaires, score, grade, findings and recommendations. */
function evaluate(rng: Random, row: SupervisionTargetRow, findings: string[], recommendations: string[]): void {
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

interface Phases {
  planCheckOn: string;
  midYearOn: string;
  /** Null while the year's evaluation is still to come. */
  evaluationOn: string | null;
  lookBackOn: string | null;
}

function phasesOf(rng: Random, year: number, complete: boolean): Phases {
  const planCheckOn = rng.date(`${year}-03-05`, `${year}-04-25`);
  const midYearOn = rng.date(`${year}-06-10`, `${year}-07-31`);
  const evaluationOn = complete ? rng.date(`${year}-11-10`, `${year}-12-20`) : null;
  const lookBackOn = year < LAST_YEAR ? rng.date(`${year + 1}-03-15`, `${year + 1}-05-31`) : null;
  return { planCheckOn, midYearOn, evaluationOn, lookBackOn };
}

function targetRow(
  s: Supervision,
  unit: number,
  year: number,
  kind: SupervisionKind,
  topic: string,
  { planCheckOn, midYearOn, evaluationOn, lookBackOn }: Phases,
): SupervisionTargetRow {
  const { rng } = s;
  const u = s.ctx.county.handlingUnits[unit] as DemoHandlingUnit;
  const findings = rng.sample(SUPERVISION_FINDINGS, rng.int(2, 3));
  const recommendations = rng.sample(SUPERVISION_RECOMMENDATIONS, rng.int(2, 4));
  const row: SupervisionTargetRow = {
    id: s.targets.length + 1,
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
  if (evaluationOn) evaluate(rng, row, findings, recommendations);
  return row;
}

function rectificationStatus(rng: Random, year: number): RectificationStatus {
  if (year < LAST_YEAR - 1) return RectificationStatus.DONE;
  if (year < LAST_YEAR)
    return rng.pickWeighted<RectificationStatus>([
      [RectificationStatus.DONE, 8],
      [RectificationStatus.IN_PROGRESS, 2],
    ]);
  return rng.pickWeighted<RectificationStatus>([
    [RectificationStatus.DONE, 3],
    [RectificationStatus.IN_PROGRESS, 4],
    [RectificationStatus.PENDING, 3],
  ]);
}

/** Rectification items: due after the evaluation (or after mid-year urging). */
function rectificationItems(s: Supervision, row: SupervisionTargetRow, from: string): void {
  const { rng } = s;
  for (const text of rng.sample(RECTIFICATION_ITEMS, rng.int(2, 5))) {
    const dueOn = addDays(from, rng.int(30, 120));
    const status = rectificationStatus(rng, row.year);
    s.items.push({ id: s.items.length + 1, targetId: row.id, text, dueOn, status });
  }
}

function superviseYear(s: Supervision, year: number, yi: number): void {
  const kinds = [SupervisionKind.ANNUAL_EVALUATION, SECOND_KINDS[yi % SECOND_KINDS.length] as SupervisionKind];
  kinds.forEach((kind, k) => {
    const topic = topicFor(s, kind);
    s.usedTopics.add(topic);
    const unit = unitFor(s, topic);
    const phases = phasesOf(s.rng, year, year < LAST_YEAR || k === 0);
    const row = targetRow(s, unit, year, kind, topic, phases);
    s.targets.push(row);
    rectificationItems(s, row, phases.evaluationOn ?? phases.midYearOn);
  });
}

/** 特约监督员: current-term members appointed early in 2022, and a few of the previous term. */
function specialSupervisors(rng: Random, ctx: Ctx): SpecialSupervisorRow[] {
  const { county } = ctx;
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
  return supervisors;
}

export function buildSupervision(
  ctx: Ctx,
  seed: number,
): { targets: SupervisionTargetRow[]; items: RectificationItemRow[]; supervisors: SpecialSupervisorRow[] } {
  const s: Supervision = {
    rng: createRandom(deriveSeed(seed, 'records/supervision')),
    ctx,
    targets: [],
    items: [],
    usedUnits: new Set<number>(),
    usedTopics: new Set<string>(),
  };
  DEMO_RECORD_YEARS.forEach((year, yi) => superviseYear(s, year, yi));
  return { targets: s.targets, items: s.items, supervisors: specialSupervisors(s.rng, ctx) };
}
