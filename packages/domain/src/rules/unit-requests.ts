import { ProposalStatus, UnitAssignmentRole, UnitRequestKind, UnitRequestStatus } from '../enums';
import { UNIT_REQUEST_KIND_LABELS } from '../labels';
import { addWorkingDays, isValidDate } from './calendar';
import type { FieldError } from './field-error';
import { optionalText, requiredText } from './registry';
import { isInHandling } from './unit-handling';

// A handling unit's requests to the county (docs/domain.md, return and extension): within a
// window after assignment a unit may ask to return the proposal (退回) or change its units (调整);
// before the deadline the lead unit may ask for more time (延期). The county approves or refuses.

export const UNIT_REQUEST_REASON_MAX = 1000;
export const DECISION_NOTE_MAX = 500;

/** The county's settings for handling proposals, with what applies when it has set none. */
export interface HandlingRules {
  /** Working days after assignment in which a unit may ask to return or adjust. */
  returnWindowWorkingDays: number;
  /** A deadline this many days ahead or less puts the proposal on the unit's 即将到期 list. */
  dueSoonDays: number;
}

export const DEFAULT_HANDLING_RULES: HandlingRules = { returnWindowWorkingDays: 5, dueSoonDays: 15 };

export function handlingRulesErrors(rules: HandlingRules, prefix = 'input'): FieldError[] {
  const bounded = (field: keyof HandlingRules, label: string, min: number, max: number): FieldError[] =>
    Number.isInteger(rules[field]) && rules[field] >= min && rules[field] <= max
      ? []
      : [{ field: `${prefix}.${field}`, message: `${label}应为 ${min} 到 ${max} 之间的整数` }];
  return [
    ...bounded('returnWindowWorkingDays', '退回/调整申请期限（工作日）', 0, 30),
    ...bounded('dueSoonDays', '即将到期提醒天数', 1, 90),
  ];
}

/** The last day a unit may ask to return or adjust: `workingDays` working days after assignment. */
export function returnWindowEnd(assignedOn: string, workingDays: number): string {
  return addWorkingDays(assignedOn, workingDays);
}

/** The kinds that ask for another assignment (the county re-assigns on approval). */
export function asksReassignment(kind: UnitRequestKind): boolean {
  return kind !== UnitRequestKind.EXTEND;
}

export interface UnitRequestInputLike {
  kind: UnitRequestKind;
  reason: string;
  /** 延期: the deadline asked for. */
  deadline?: string | null;
}

export interface UnitRequestSituation {
  status: ProposalStatus;
  /** The asking unit's part in the proposal. */
  role: UnitAssignmentRole;
  assignedOn: string | null;
  /** The deadline in force. */
  deadline: string | null;
  today: string;
  rules: HandlingRules;
  /** The kinds this unit already has waiting for the county on this proposal. */
  pendingKinds: readonly UnitRequestKind[];
}

/** What is wrong with a unit's request: its reason, its timing, its deadline, a duplicate. */
export function unitRequestErrors(
  input: UnitRequestInputLike,
  at: UnitRequestSituation,
  prefix = 'input',
): FieldError[] {
  const errors = requiredText(`${prefix}.reason`, input.reason, UNIT_REQUEST_REASON_MAX, '申请理由');
  const label = UNIT_REQUEST_KIND_LABELS[input.kind];
  const duplicate = at.pendingKinds.some((k) => asksReassignment(k) === asksReassignment(input.kind));
  if (duplicate) errors.push({ field: `${prefix}.kind`, message: `本单位已有待县政协审批的${label}申请，请等候处理` });
  if (asksReassignment(input.kind)) {
    if (at.status !== ProposalStatus.ASSIGNED || !at.assignedOn)
      return [...errors, { field: `${prefix}.kind`, message: `只有已交办、尚未答复的提案可以申请${label}` }];
    const end = returnWindowEnd(at.assignedOn, at.rules.returnWindowWorkingDays);
    if (at.today > end)
      errors.push({
        field: `${prefix}.kind`,
        message: `交办已超过${at.rules.returnWindowWorkingDays}个工作日（申请截止${end}），如需${label}请联系县政协办公室重新交办`,
      });
    return errors;
  }
  if (at.role !== UnitAssignmentRole.LEAD)
    return [...errors, { field: `${prefix}.kind`, message: '只有主办单位可以申请延期' }];
  if (!isInHandling(at.status) || !at.deadline)
    return [...errors, { field: `${prefix}.kind`, message: '只有办理中的提案可以申请延期' }];
  if (at.today > at.deadline)
    errors.push({ field: `${prefix}.kind`, message: `办理期限（${at.deadline}）已过，不能再申请延期` });
  errors.push(...laterDeadlineErrors(`${prefix}.deadline`, input.deadline, at.deadline, '申请延至'));
  return errors;
}

function laterDeadlineErrors(field: string, wanted: string | null | undefined, current: string, label: string) {
  if (!wanted) return [{ field, message: `请填写${label}的日期` }];
  if (!isValidDate(wanted)) return [{ field, message: `${label}日期格式应为YYYY-MM-DD` }];
  if (wanted <= current) return [{ field, message: `${label}日期应晚于现在的办理期限（${current}）` }];
  return [];
}

export interface UnitRequestLike {
  kind: UnitRequestKind;
  status: UnitRequestStatus;
  requestedDeadline: string | null;
}

export interface DecisionInputLike {
  approve: boolean;
  note?: string | null;
  /** 延期: the deadline granted, when not the one asked for. */
  deadline?: string | null;
  /** 退回/调整: whether the approval carries the new assignment. */
  reassigns: boolean;
}

/** The county decides once: a refusal says why; an approval grants a later deadline or re-assigns. */
export function unitDecisionErrors(
  request: UnitRequestLike | null,
  decision: DecisionInputLike,
  currentDeadline: string | null,
  prefix = 'input',
): FieldError[] {
  if (!request) return [{ field: `${prefix}.requestId`, message: '没有找到这项申请' }];
  if (request.status !== UnitRequestStatus.PENDING)
    return [{ field: `${prefix}.requestId`, message: '这项申请已经处理过了' }];
  const errors = optionalText(`${prefix}.note`, decision.note, DECISION_NOTE_MAX, '审批意见');
  if (!decision.approve) {
    if (!decision.note?.trim()) errors.push({ field: `${prefix}.note`, message: '不同意时请说明理由' });
    if (decision.reassigns) errors.push({ field: `${prefix}.reassign`, message: '不同意申请时不重新交办' });
    return errors;
  }
  if (asksReassignment(request.kind)) {
    if (!decision.reassigns)
      errors.push({ field: `${prefix}.reassign`, message: '同意退回或调整时请重新选择主办、会办单位' });
    return errors;
  }
  if (decision.reassigns) errors.push({ field: `${prefix}.reassign`, message: '延期申请不重新交办' });
  if (currentDeadline)
    errors.push(
      ...laterDeadlineErrors(
        `${prefix}.deadline`,
        decision.deadline ?? request.requestedDeadline,
        currentDeadline,
        '延至',
      ),
    );
  return errors;
}

/** The history's words for a change of the deadline in force. */
export function deadlineChangeNote(from: string | null, to: string): string {
  return from ? `办理期限由${from}延至${to}` : `办理期限：${to}`;
}
