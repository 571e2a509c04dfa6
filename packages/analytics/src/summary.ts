import type { MetricKind } from './catalog';
import type { MetricValues } from './formulas';

/** How a value that is not a number (a rate with a zero denominator) is written. */
export const NO_VALUE = '—';

/** 0.92105 → "92.11%", 1 → "100%", null → "—". */
export function percent(rate: number | null): string {
  if (rate == null) return NO_VALUE;
  const text = (Math.round(rate * 10000) / 100).toFixed(2).replace(/\.?0+$/, '');
  return `${text}%`;
}

/** Whole numbers as such, amounts with at most two decimals. */
export function amount(value: number | null): string {
  if (value == null) return NO_VALUE;
  return Number.isInteger(value) ? String(value) : (Math.round(value * 100) / 100).toString();
}

/** A figure as written in the summary's table: rates as percentages, null as "—" (never 0). */
export function figureText(kind: MetricKind, value: number | null): string {
  return kind === 'rate' ? percent(value) : amount(value);
}

/**
 * The figures of a township's annual summary as Chinese sentences, in the manner of the
 * township work summaries (全年开展各类学习12次…提交提案8件，立案6件，办复率100%).
 * Parts with nothing to report are left out rather than written as zero, and so is a rate
 * whose denominator is 0 (no members, no attendance rows …): it is not a number to state.
 */
export function annualSummarySentences(townshipName: string, year: number, v: MetricValues): string[] {
  const n = (key: keyof MetricValues) => Number(v[key] ?? 0);
  const sentences: string[] = [];
  const activities = [
    n('studySessions') && `开展各类学习${n('studySessions')}次`,
    n('meetings') && `召开会议${n('meetings')}次`,
    (n('majorConsultations') || n('microConsultations')) &&
      `组织大协商${n('majorConsultations')}次、微协商${n('microConsultations')}次`,
    n('inspections') &&
      `开展视察${n('inspections')}次${n('inspectionReports') ? `、形成视察报告${n('inspectionReports')}篇` : ''}`,
    n('researchReports') && `形成调研报告${n('researchReports')}篇`,
    n('visits') && `走访接待、听取社情民意${n('visits')}次`,
  ].filter(Boolean);
  if (activities.length) sentences.push(`${year}年，${townshipName}全年${activities.join('，')}。`);
  if (n('suggestionsMade'))
    sentences.push(
      `委员提出意见建议${n('suggestionsMade')}条，被采纳${n('suggestionsAdopted')}条，建议采纳率${percent(v.suggestionAdoptionRate)}。`,
    );
  if (n('proposalsSubmitted')) {
    const parts = [
      `提交提案${n('proposalsSubmitted')}件`,
      `立案${n('proposalsAccepted')}件`,
      `立案率${percent(v.acceptanceRate)}`,
    ];
    if (n('keyProposals')) parts.push(`其中重点提案${n('keyProposals')}件`);
    if (v.replyRate != null) parts.push(`办复率${percent(v.replyRate)}`);
    if (v.satisfactionRate != null) parts.push(`满意率${percent(v.satisfactionRate)}`);
    if (v.implementationRate != null) parts.push(`落实率${percent(v.implementationRate)}`);
    sentences.push(`${parts.join('，')}。`);
  }
  if (n('opinionReports')) {
    const parts = [`报送社情民意信息${n('opinionReports')}篇`, `被采用${n('opinionReportsAdopted')}篇`];
    if (n('opinionAdoptedProvincialOrAbove')) parts.push(`其中省级以上采用${n('opinionAdoptedProvincialOrAbove')}篇`);
    if (n('leaderInstructions')) parts.push(`获领导批示${n('leaderInstructions')}篇`);
    sentences.push(`${parts.join('，')}。`);
  }
  if (n('donationsYuan') || n('publicityItems')) {
    const parts = [
      n('donationsYuan') && `组织委员捐款${amount(v.donationsYuan)}元`,
      n('publicityItems') && `在各级媒体宣传报道${n('publicityItems')}次`,
    ].filter(Boolean);
    sentences.push(`${parts.join('，')}。`);
  }
  const duty = [
    v.attendanceRate != null && `委员出勤率${percent(v.attendanceRate)}`,
    v.memberParticipationRate != null && `委员参与率${percent(v.memberParticipationRate)}`,
    v.dutyComplianceRate != null && `履职达标率${percent(v.dutyComplianceRate)}`,
    v.planCompletionRate != null && `年度工作计划完成率${percent(v.planCompletionRate)}`,
  ].filter(Boolean);
  if (duty.length) sentences.push(`${duty.join('，')}。`);
  return sentences;
}
