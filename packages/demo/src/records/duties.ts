/** Duty rules (四个一 and plenary attendance) and the members' yearly duty reports. */
import { ActivityKind, Attendance, DutyRuleKey, MeetingKind, ProposalDutyBasis } from '@cppcc/domain';
import { createRandom, deriveSeed } from '../random';
import { DEMO_RECORD_YEARS } from './constants';
import type { Ctx, TownshipProfile } from './context';
import { activeOn, clamp, minDate } from './helpers';
import type { ActivityRow, DemoRecords, DutyReportRow, DutyRuleRow, OpinionReportRow, ProposalRow } from './rows';

const DUTY_RULE_DESCRIPTIONS: Readonly<Record<DutyRuleKey, string>> = {
  [DutyRuleKey.PROPOSAL]: '每年至少提交（领衔或联名）一件提案',
  [DutyRuleKey.OPINION_REPORT]: '每年至少报送一篇社情民意信息',
  [DutyRuleKey.RESEARCH_OR_INSPECTION]: '每年至少参加一次调研或视察活动',
  [DutyRuleKey.DUTY_REPORT]: '每年提交一份书面述职报告',
  [DutyRuleKey.PLENARY_ATTENDANCE]: '出席县政协全体会议',
};

/** From this year the county counts a member's proposals once 立案, before it every one submitted. */
const DEMO_ACCEPTED_BASIS_FROM = 2024;

export function buildDutyRules(): DutyRuleRow[] {
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
export function dutiesDone(
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

export function buildDutyReports(ctx: Ctx, seed: number, done: Map<string, number>): DutyReportRow[] {
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
