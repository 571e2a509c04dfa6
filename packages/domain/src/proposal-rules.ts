// Input rules of the proposal (提案) steps as pure functions: each returns the problems it found
// (an empty list means valid), naming the input field. The state machine itself is in
// proposal-workflow.ts; these check the arguments of a step and the record's own dates.
import { ProposalStatus, ProposerKind, Satisfaction } from './enums';
import type { FieldError } from './rules/field-error';
import { optionalText, requiredText } from './rules/registry';
import { isValidDate } from './rules/calendar';
import { ProposalAction, defaultDeadline, overdueDays, type ProposalContext } from './proposal-workflow';

export const PROPOSAL_TITLE_MAX = 200;
export const PROPOSAL_TEXT_MAX = 20000;
export const SESSION_NAME_MAX = 50;
export const PROPOSER_ORG_NAME_MAX = 100;
export const REVIEW_NOTE_MAX = 500;
export const SUPERVISING_CHAIR_MAX = 50;
export const STEP_NOTE_MAX = 2000;

/** The four outcomes of 审查 (review), as the reviewer picks them. */
export enum ReviewDecision {
  ACCEPT = 'ACCEPT', // 立案
  REJECT = 'REJECT', // 不予立案
  CONVERT = 'CONVERT', // 转为意见建议
  MERGE = 'MERGE', // 并案
}

export const REVIEW_ACTIONS: Readonly<Record<ReviewDecision, ProposalAction>> = {
  [ReviewDecision.ACCEPT]: ProposalAction.REVIEW_ACCEPT,
  [ReviewDecision.REJECT]: ProposalAction.REVIEW_REJECT,
  [ReviewDecision.CONVERT]: ProposalAction.REVIEW_CONVERT,
  [ReviewDecision.MERGE]: ProposalAction.REVIEW_MERGE,
};

/** Proposals of parties and groups, committees and sectors: named by organisation, county level. */
export const ORGANISATION_PROPOSER_KINDS: readonly ProposerKind[] = [
  ProposerKind.PARTY_GROUP,
  ProposerKind.COMMITTEE,
  ProposerKind.SECTOR,
];

export function isOrganisationProposer(kind: ProposerKind): boolean {
  return ORGANISATION_PROPOSER_KINDS.includes(kind);
}

const blank = (s: string | null | undefined): boolean => s == null || s.trim() === '';

// ---- Submission

export interface ProposerInput {
  proposerKind: ProposerKind;
  leadMemberId?: string | null;
  coSignerIds?: readonly string[] | null;
  proposerOrgName?: string | null;
}

/**
 * Who proposes, by kind: MEMBER has a lead member only; JOINT a lead and at least one
 * co-signer, each once and not the lead; PARTY_GROUP / COMMITTEE / SECTOR a name and no members.
 */
export function proposerErrors(input: ProposerInput, prefix = 'input'): FieldError[] {
  const errors: FieldError[] = [];
  const coSigners = input.coSignerIds ?? [];
  if (isOrganisationProposer(input.proposerKind)) {
    errors.push(
      ...requiredText(`${prefix}.proposerOrgName`, input.proposerOrgName, PROPOSER_ORG_NAME_MAX, '提案单位名称'),
    );
    if (!blank(input.leadMemberId))
      errors.push({ field: `${prefix}.leadMemberId`, message: '党派团体、专委会或界别提案不填领衔委员' });
    if (coSigners.length > 0)
      errors.push({ field: `${prefix}.coSignerIds`, message: '党派团体、专委会或界别提案不填联名委员' });
    return errors;
  }
  if (blank(input.leadMemberId)) errors.push({ field: `${prefix}.leadMemberId`, message: '请选择领衔委员' });
  if (!blank(input.proposerOrgName))
    errors.push({ field: `${prefix}.proposerOrgName`, message: '委员提案不填提案单位名称' });
  if (input.proposerKind === ProposerKind.MEMBER) {
    if (coSigners.length > 0)
      errors.push({ field: `${prefix}.coSignerIds`, message: '个人提案没有联名委员；有联名委员请选“委员联名”' });
    return errors;
  }
  if (coSigners.length === 0) errors.push({ field: `${prefix}.coSignerIds`, message: '联名提案须至少有一位联名委员' });
  const seen = new Set<string>();
  coSigners.forEach((id, i) => {
    const key = String(id).trim();
    if (key === String(input.leadMemberId ?? '').trim())
      errors.push({ field: `${prefix}.coSignerIds[${i}]`, message: '联名委员不能是领衔委员本人' });
    else if (seen.has(key)) errors.push({ field: `${prefix}.coSignerIds[${i}]`, message: `联名委员 ${key} 重复` });
    seen.add(key);
  });
  return errors;
}

/**
 * The attribution year (docs/metrics.md): the plenary session's year when submitted at a session
 * (given as `year`: the submission year or the next, for proposals prepared before a January
 * session), else the submission year.
 */
export function proposalYear(
  input: { session?: string | null; year?: number | null; submittedOn: string },
  prefix = 'input',
): { year: number; errors: FieldError[] } {
  const submittedYear = Number(input.submittedOn.slice(0, 4));
  const field = `${prefix}.year`;
  if (blank(input.session)) {
    if (input.year != null && input.year !== submittedYear) {
      return {
        year: submittedYear,
        errors: [{ field, message: `平时提案的年度即提交年度（${submittedYear}），不能填 ${input.year}` }],
      };
    }
    return { year: submittedYear, errors: [] };
  }
  if (input.year == null) return { year: submittedYear, errors: [{ field, message: '会议期间提案须填写会议年度' }] };
  if (input.year !== submittedYear && input.year !== submittedYear + 1) {
    return { year: input.year, errors: [{ field, message: `会议年度应为提交年度 ${submittedYear} 或次年` }] };
  }
  return { year: input.year, errors: [] };
}

/** Title, content, category presence and the lengths the columns hold. */
export function proposalTextErrors(
  input: { title?: string | null; content?: string | null; session?: string | null },
  prefix = 'input',
): FieldError[] {
  return [
    ...requiredText(`${prefix}.title`, input.title, PROPOSAL_TITLE_MAX, '提案标题'),
    ...optionalText(`${prefix}.content`, input.content, PROPOSAL_TEXT_MAX, '提案内容'),
    ...optionalText(`${prefix}.session`, input.session, SESSION_NAME_MAX, '会议名称'),
  ];
}

// ---- Dates of the steps

/**
 * A step's date: a real date, not after today, and not before the step it follows
 * (review after submission, reply after assignment …). Dates are YYYY-MM-DD, so text order is date order.
 */
export function stepDateErrors(
  field: string,
  value: string,
  label: string,
  today: string,
  notBefore?: { date: string | null | undefined; label: string },
): FieldError[] {
  if (!isValidDate(value)) return [{ field, message: `${label}格式应为YYYY-MM-DD` }];
  if (value > today) return [{ field, message: `${label}不能晚于今天（${today}）` }];
  if (notBefore?.date && value < notBefore.date)
    return [{ field, message: `${label}不能早于${notBefore.label}（${notBefore.date}）` }];
  return [];
}

// ---- Review and key proposals

export interface ReviewInput {
  decision: ReviewDecision;
  note?: string | null;
  mergedIntoId?: string | null;
  isKey?: boolean | null;
  supervisingChair?: string | null;
}

/** 重点提案 has a supervising chair (主席领衔督办); a proposal that is not key has none. */
export function keyErrors(isKey: boolean, supervisingChair: string | null | undefined, prefix = 'input'): FieldError[] {
  const field = `${prefix}.supervisingChair`;
  if (isKey) return requiredText(field, supervisingChair, SUPERVISING_CHAIR_MAX, '重点提案的督办主席');
  return blank(supervisingChair) ? [] : [{ field, message: '只有重点提案才有督办主席' }];
}

/**
 * The review's own arguments, beyond what the state machine checks (a REJECT reason and a
 * MERGE target are required there): key flags only with ACCEPT, a merge target only with MERGE.
 */
export function reviewErrors(input: ReviewInput, prefix = 'input'): FieldError[] {
  const errors = optionalText(`${prefix}.note`, input.note, REVIEW_NOTE_MAX, '审查意见');
  if (input.decision !== ReviewDecision.MERGE && !blank(input.mergedIntoId)) {
    errors.push({ field: `${prefix}.mergedIntoId`, message: '只有并案才指定并入的提案' });
  }
  if (input.decision === ReviewDecision.ACCEPT) {
    errors.push(...keyErrors(input.isKey === true, input.supervisingChair, prefix));
  } else {
    if (input.isKey) errors.push({ field: `${prefix}.isKey`, message: '只有立案的提案才能列为重点提案' });
    if (!blank(input.supervisingChair))
      errors.push({ field: `${prefix}.supervisingChair`, message: '只有重点提案才有督办主席' });
  }
  return errors;
}

/** Statuses a merge may point at: not rejected, converted or itself merged away. */
const UNMERGEABLE: readonly ProposalStatus[] = [
  ProposalStatus.REJECTED,
  ProposalStatus.CONVERTED,
  ProposalStatus.MERGED,
];

export function mergeTargetErrors(
  target: { id: number; status: ProposalStatus } | null,
  selfId: number,
  field = 'input.mergedIntoId',
): FieldError[] {
  if (!target) return [{ field, message: '要并入的提案不存在' }];
  if (target.id === selfId) return [{ field, message: '提案不能并入自身' }];
  if (UNMERGEABLE.includes(target.status))
    return [{ field, message: '不能并入已不予立案、已转为意见建议或已并案的提案' }];
  return [];
}

/** Statuses an accepted proposal goes through: only these can be (or stop being) key proposals. */
export const ACCEPTED_STATUSES: readonly ProposalStatus[] = [
  ProposalStatus.ACCEPTED,
  ProposalStatus.ASSIGNED,
  ProposalStatus.REPLIED,
  ProposalStatus.REHANDLING,
  ProposalStatus.CLOSED,
];

export function mayFlagKey(status: ProposalStatus): boolean {
  return ACCEPTED_STATUSES.includes(status);
}

/** Title, content and category can be corrected until the review. */
export function isEditable(status: ProposalStatus): boolean {
  return status === ProposalStatus.SUBMITTED;
}

// ---- Assignment

export interface AssignmentInput {
  leadUnitId: string;
  coUnitIds?: readonly string[] | null;
  assignedOn: string;
  deadline?: string | null;
}

/** The deadline given, or DEFAULT_REPLY_MONTHS after assignment. */
export function assignmentDeadline(assignedOn: string, deadline?: string | null): string {
  return deadline ?? defaultDeadline(assignedOn);
}

/** One lead unit (主办), co-units (会办) each once and not the lead, a deadline not before assignment. */
export function assignmentErrors(input: AssignmentInput, prefix = 'input'): FieldError[] {
  const errors: FieldError[] = [];
  if (blank(input.leadUnitId)) errors.push({ field: `${prefix}.leadUnitId`, message: '请选择主办单位' });
  const seen = new Set<string>();
  (input.coUnitIds ?? []).forEach((id, i) => {
    const key = String(id).trim();
    if (key === String(input.leadUnitId).trim())
      errors.push({ field: `${prefix}.coUnitIds[${i}]`, message: '会办单位不能同时是主办单位' });
    else if (seen.has(key)) errors.push({ field: `${prefix}.coUnitIds[${i}]`, message: `会办单位 ${key} 重复` });
    seen.add(key);
  });
  if (input.deadline != null) {
    if (!isValidDate(input.deadline))
      errors.push({ field: `${prefix}.deadline`, message: '办理期限格式应为YYYY-MM-DD' });
    else if (input.deadline < input.assignedOn)
      errors.push({ field: `${prefix}.deadline`, message: `办理期限不能早于交办日期（${input.assignedOn}）` });
  }
  return errors;
}

// ---- Facts about a stored proposal

/** The state machine's facts: feedback on the latest reply (reset when a re-handled proposal is replied to again). */
export function proposalContext(p: { satisfaction: Satisfaction | null }): ProposalContext {
  return p.satisfaction == null ? { hasFeedback: false } : { hasFeedback: true, lastSatisfaction: p.satisfaction };
}

/** Days overdue, or null for a proposal with no deadline (not assigned). */
export function proposalOverdueDays(
  p: { deadline: string | null; firstReplyOn: string | null },
  today: string,
): number | null {
  return p.deadline ? overdueDays(p.deadline, p.firstReplyOn, today) : null;
}
