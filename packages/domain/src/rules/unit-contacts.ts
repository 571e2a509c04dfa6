import { ContactForm, ProposalStatus } from '../enums';
import { stepDateErrors } from '../proposal-rules';
import type { FieldError } from './field-error';
import { optionalText } from './registry';

// 办前面商 (docs/domain.md): before replying, the lead unit contacts the proposer and records it;
// for that it sees the proposers' names, sectors and phones while the proposal is open for it.

export const CONTACT_PARTICIPANTS_MAX = 200;
export const CONTACT_VIEW_MAX = 2000;

export interface ContactInputLike {
  contactedOn?: string | null;
  form: ContactForm;
  participants?: string | null;
  proposerView?: string | null;
}

/** A contact record: a date neither in the future nor before the assignment, bounded texts. */
export function contactErrors(input: ContactInputLike, today: string, assignedOn: string | null, prefix = 'input') {
  const on = input.contactedOn ?? today;
  const errors: FieldError[] = [
    ...stepDateErrors(`${prefix}.contactedOn`, on, '面商日期', today, { date: assignedOn, label: '交办日期' }),
    ...optionalText(`${prefix}.participants`, input.participants, CONTACT_PARTICIPANTS_MAX, '参加人员'),
    ...optionalText(`${prefix}.proposerView`, input.proposerView, CONTACT_VIEW_MAX, '提案人意见'),
  ];
  if (!Object.values(ContactForm).includes(input.form))
    errors.push({ field: `${prefix}.form`, message: '请选择面商方式' });
  return errors;
}

/** While a unit handles it — assigned, replied awaiting the rating, re-handled — it may reach the proposers. */
export function unitSeesProposers(status: ProposalStatus): boolean {
  return (
    status === ProposalStatus.ASSIGNED || status === ProposalStatus.REPLIED || status === ProposalStatus.REHANDLING
  );
}

/** 面商 counts for a reply when a contact was recorded on or before the day of the first reply. */
export function contactedBeforeReply(contactDates: readonly string[], firstReplyOn: string | null): boolean {
  return firstReplyOn != null && contactDates.some((d) => d <= firstReplyOn);
}
