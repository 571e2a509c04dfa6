/**
 * The units' working records of a proposal (docs/domain.md, return and extension, contact before
 * reply): 办前面商 contacts before the reply, 延期 requests near the deadline (granted ones only
 * where the reply was on time anyway, so the county's figures stay those of the source records),
 * and the 退回 behind a re-assignment. Each proposal draws from its own stream, so the rest of
 * the county's records stay as they were.
 */
import {
  CONTACT_FORM_LABELS,
  ContactForm,
  UNIT_REQUEST_KIND_LABELS,
  UnitRequestKind,
  UnitRequestStatus,
  deadlineChangeNote,
} from '@cppcc/domain';
import { addDays, createRandom, deriveSeed, isoToDayNumber, type Random } from '../random';
import { CONTACT_VIEWS, EXTENSION_REASONS, RETURN_REASONS } from '../vocabulary';
import { DEMO_TODAY } from './constants';
import { maxDate, minDate } from './helpers';
import { PROPOSAL_OFFICE, unitStep, type Play } from './proposal-play';

const unitName = (p: Play, unitId: number) => (p.ctx.county.handlingUnits[unitId - 1] as { name: string }).name;

/** The date of the play's last event: a later step must not be dated before it. */
function lastEventDate(p: Play): string {
  return new Date(p.lastAt + 8 * 3600_000).toISOString().slice(0, 10);
}

/** How reliably a unit contacts proposers before replying: a fixed trait per unit, 55–95 %. */
function contactDiligence(unitId: number): number {
  return 0.55 + ((unitId * 37) % 9) * 0.05;
}

function streamOf(p: Play, part: string): Random {
  return createRandom(deriveSeed(p.d.id, `records/unit-work/${part}`));
}

/** 办前面商 before `replyOn` (or, still unreplied, by DEMO_TODAY for about half). */
export function contacts(p: Play, replyOn: string | null): void {
  const rng = streamOf(p, 'contacts');
  const unitId = p.row.leadUnitId as number;
  const assignedOn = p.row.assignedOn as string;
  if (!rng.chance(replyOn ? contactDiligence(unitId) : 0.5)) return;
  const by = replyOn ?? DEMO_TODAY;
  const from = maxDate(maxDate(addDays(assignedOn, 3), lastEventDate(p)), addDays(by, -20));
  if (from > by) return;
  const on = rng.date(from, by);
  const form = rng.pickWeighted<ContactForm>([
    [ContactForm.FACE_TO_FACE, 4],
    [ContactForm.PHONE, 3],
    [ContactForm.FIELD_VISIT, 2],
    [ContactForm.FORUM, 1],
    [ContactForm.WRITTEN, 1],
  ]);
  const name = unitName(p, unitId);
  const view = rng.pick(CONTACT_VIEWS);
  p.out.contacts.push({
    id: p.out.contacts.length + 1,
    proposalId: p.d.id,
    unitId,
    contactedOn: on,
    form,
    participants: `${name}分管负责同志、承办科室；提案人${p.proposerName}`,
    proposerView: view,
    recordedByName: name,
  });
  unitStep(p, rng, 'RECORD_CONTACT', on, name, `办前面商（${CONTACT_FORM_LABELS[form]}，${on}）：${view}`);
}

type RequestRow = Play['out']['requests'][number];

function request(p: Play, row: Omit<RequestRow, 'id' | 'proposalId'>): RequestRow {
  const out = { id: p.out.requests.length + 1, proposalId: p.d.id, ...row };
  p.out.requests.push(out);
  return out;
}

/**
 * 延期: some lead units ask for more time in the weeks before the deadline. Before an on-time
 * reply (`replyOn`) the county decides — granting only what still leaves the reply on time; for
 * a proposal still unreplied the request waits for the county.
 */
export function extension(p: Play, replyOn: string | null): void {
  const rng = streamOf(p, 'extension');
  const deadline = p.row.deadline as string;
  const unitId = p.row.leadUnitId as number;
  const last = replyOn ?? DEMO_TODAY;
  if (replyOn && (replyOn > deadline || isoToDayNumber(deadline) - isoToDayNumber(replyOn) > 25)) return;
  if (!rng.chance(replyOn ? 0.35 : 0.3)) return;
  const from = maxDate(lastEventDate(p), addDays(deadline, -25));
  const to = minDate(addDays(last, -3), deadline);
  if (from > to) return;
  const requestedOn = rng.date(from, to);
  const wanted = addDays(deadline, rng.pick([30, 45, 60]));
  const reason = rng.pick(EXTENSION_REASONS);
  const name = unitName(p, unitId);
  const asked = request(p, {
    unitId,
    kind: UnitRequestKind.EXTEND,
    reason,
    suggestion: null,
    requestedOn,
    requestedByName: name,
    previousDeadline: deadline,
    requestedDeadline: wanted,
    status: UnitRequestStatus.PENDING,
    decidedOn: null,
    decidedByName: null,
    decisionNote: null,
    grantedDeadline: null,
  });
  unitStep(p, rng, 'UNIT_REQUEST', requestedOn, name, `${name}申请延期：${reason}：申请延至${wanted}`);
  if (!replyOn) return;
  const decidedOn = rng.date(requestedOn, minDate(addDays(requestedOn, 6), replyOn));
  const label = `${name}的${UNIT_REQUEST_KIND_LABELS[UnitRequestKind.EXTEND]}申请`;
  if (rng.chance(0.6)) {
    Object.assign(asked, { status: UnitRequestStatus.APPROVED, decidedOn, grantedDeadline: wanted });
    p.row.deadline = wanted;
    unitStep(
      p,
      rng,
      'DECIDE_UNIT_REQUEST',
      decidedOn,
      PROPOSAL_OFFICE,
      `同意${label}，${deadlineChangeNote(deadline, wanted)}`,
    );
  } else {
    const note = '办理期限内可以完成，请按期答复';
    Object.assign(asked, { status: UnitRequestStatus.REFUSED, decidedOn, decisionNote: note });
    unitStep(p, rng, 'DECIDE_UNIT_REQUEST', decidedOn, PROPOSAL_OFFICE, `不同意${label}：${note}`);
  }
  Object.assign(asked, { decidedByName: PROPOSAL_OFFICE });
}

/** 退回: the wrongly assigned unit asked within days; the county agreed on `reassignedOn`. */
export function returned(p: Play, wrongUnitId: number, firstAssignedOn: string, reassignedOn: string): void {
  const rng = streamOf(p, 'return');
  const name = unitName(p, wrongUnitId);
  const requestedOn = rng.date(addDays(firstAssignedOn, 1), minDate(addDays(firstAssignedOn, 4), reassignedOn));
  const reason = rng.pick(RETURN_REASONS);
  request(p, {
    unitId: wrongUnitId,
    kind: UnitRequestKind.RETURN,
    reason,
    suggestion: null,
    requestedOn,
    requestedByName: name,
    previousDeadline: null,
    requestedDeadline: null,
    status: UnitRequestStatus.APPROVED,
    decidedOn: reassignedOn,
    decidedByName: PROPOSAL_OFFICE,
    decisionNote: '经审核，同意退回，重新交办',
    grantedDeadline: null,
  });
  unitStep(p, rng, 'UNIT_REQUEST', requestedOn, name, `${name}申请退回：${reason}`);
}
