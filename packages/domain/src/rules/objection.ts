import { ObjectionStatus, YearState } from '../enums';
import type { FieldError } from './field-error';

// Objections (异议, docs/domain.md): in a year's review period a township officer disputes a
// figure of their own township. The county answers — accepted (the records are then fixed) or
// refused with a reason. Open objections hold the close back unless the county closes over them
// with a note.

export const OBJECTION_REASON_MAX = 1000;
export const OBJECTION_EVIDENCE_MAX = 500;
export const OBJECTION_ANSWER_MAX = 500;

const tooLong = (field: string, text: string, max: number): FieldError[] =>
  text.length > max ? [{ field, message: `不能超过 ${max} 个字` }] : [];

/** An objection is raised only while the year is in review, with its reason. */
export function objectionRaiseErrors(
  state: YearState,
  input: { reason?: string | null; evidence?: string | null },
): FieldError[] {
  if (state !== YearState.REVIEW)
    return [{ field: 'input.year', message: '只有在县政协开启年度核对后、封账前才能对数据提出异议' }];
  const reason = input.reason?.trim() ?? '';
  if (!reason) return [{ field: 'input.reason', message: '请写明异议的理由：哪一项数据、应为多少、为什么' }];
  return [
    ...tooLong('input.reason', reason, OBJECTION_REASON_MAX),
    ...tooLong('input.evidence', input.evidence?.trim() ?? '', OBJECTION_EVIDENCE_MAX),
  ];
}

/** The county answers an open objection once; refusing needs a reason. */
export function objectionAnswerErrors(
  current: ObjectionStatus,
  decision: ObjectionStatus.ACCEPTED | ObjectionStatus.REFUSED,
  answer: string | null | undefined,
): FieldError[] {
  if (current !== ObjectionStatus.OPEN) return [{ field: 'id', message: '该异议已答复，不能重复处理' }];
  const text = answer?.trim() ?? '';
  if (decision === ObjectionStatus.REFUSED && !text) return [{ field: 'input.answer', message: '不予采纳须说明理由' }];
  return tooLong('input.answer', text, OBJECTION_ANSWER_MAX);
}
