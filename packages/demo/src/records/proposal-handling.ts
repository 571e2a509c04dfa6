/** Review (审查立案) and assignment (交办) of a proposal. */
import { defaultDeadline, ProposalAction, ProposalStatus, UnitAssignmentRole } from '@cppcc/domain';
import { addDays, createRandom, deriveSeed, isoToDayNumber } from '../random';
import { CO_UNIT_OPINIONS, fillTemplate, PROPOSAL_CONVERSION_NOTES, PROPOSAL_REJECTION_REASONS } from '../vocabulary';
import { DEMO_CHAIRS, DEMO_TODAY } from './constants';
import { maxDate, sessionOf } from './helpers';
import type { ProposalDraft } from './proposal-drafts';
import { PROPOSAL_OFFICE, step, unitStep, type Play } from './proposal-play';
import { unitsFor } from './proposal-units';
import { returned } from './proposal-unit-work';

export interface Assignment {
  assignedOn: string;
  deadline: string;
  unitName: string;
}

/**
 * Reviews the proposal: after the session closes for session proposals, within weeks otherwise.
 * Returns the review date when it was accepted, null when rejected, converted or merged.
 */
export function review(p: Play): string | null {
  const { rng, d, row } = p;
  const session = sessionOf(d.year);
  const reviewBase = d.session ? maxDate(d.submittedOn, addDays(session.opensOn, 4)) : d.submittedOn;
  let reviewedOn = addDays(reviewBase, d.session ? rng.int(12, 35) : rng.int(7, 25));
  if (d.mergedInto) reviewedOn = maxDate(reviewedOn, addDays(d.mergedInto.submittedOn, 3));
  row.reviewedOn = reviewedOn;
  switch (d.status) {
    case ProposalStatus.REJECTED: {
      const reason = rng.pick(PROPOSAL_REJECTION_REASONS);
      row.reviewDecision = ProposalStatus.REJECTED;
      row.reviewNote = reason;
      step(p, ProposalAction.REVIEW_REJECT, reviewedOn, PROPOSAL_OFFICE, reason, { reason });
      return null;
    }
    case ProposalStatus.CONVERTED: {
      const note = rng.pick(PROPOSAL_CONVERSION_NOTES);
      row.reviewDecision = ProposalStatus.CONVERTED;
      row.reviewNote = note;
      step(p, ProposalAction.REVIEW_CONVERT, reviewedOn, PROPOSAL_OFFICE, note);
      return null;
    }
    case ProposalStatus.MERGED: {
      const target = d.mergedInto as ProposalDraft;
      const note = `与第${target.serialNo}号提案内容相近，并入该提案办理`;
      row.reviewDecision = ProposalStatus.MERGED;
      row.reviewNote = note;
      row.mergedIntoId = target.id;
      step(p, ProposalAction.REVIEW_MERGE, reviewedOn, PROPOSAL_OFFICE, note, { mergedIntoId: String(target.id) });
      return null;
    }
    default:
      row.reviewDecision = ProposalStatus.ACCEPTED;
      step(p, ProposalAction.REVIEW_ACCEPT, reviewedOn, PROPOSAL_OFFICE, '经审查，符合立案标准，予以立案');
      return reviewedOn;
  }
}

/** The units, sometimes after a wrong unit asked to hand it back (退办), and the date of the final assignment. */
function chooseUnits(
  p: Play,
  reviewedOn: string,
): { assignedOn: string; reassigned: boolean; leadUnit: number; coUnits: number[] } {
  const { rng, d } = p;
  const { county } = p.ctx;
  const suited = unitsFor(county, d.baseTitle, d.category);
  let assignedOn = addDays(reviewedOn, rng.int(3, 20));
  let reassigned = false;
  if (suited.length > 1 && rng.chance(0.08)) {
    reassigned = true;
    const wrong = rng.pick(county.handlingUnits.map((_u, i) => i).filter((i) => !suited.includes(i)));
    step(
      p,
      ProposalAction.ASSIGN,
      assignedOn,
      PROPOSAL_OFFICE,
      `交${(county.handlingUnits[wrong] as { name: string }).name}主办`,
    );
    const first = assignedOn;
    assignedOn = addDays(assignedOn, rng.int(7, 20));
    returned(p, wrong + 1, first, assignedOn);
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
  return { assignedOn, reassigned, leadUnit, coUnits };
}

/** 交办: the lead unit and co-units, the deadline, and for key proposals the supervising chair. */
export function assign(p: Play, reviewedOn: string): Assignment {
  const { d, row, out } = p;
  const { county } = p.ctx;
  const { assignedOn, reassigned, leadUnit, coUnits } = chooseUnits(p, reviewedOn);
  const deadline = defaultDeadline(assignedOn);
  const unitName = (county.handlingUnits[leadUnit] as { name: string }).name;
  const coNames = coUnits.map((u) => (county.handlingUnits[u] as { name: string }).name);
  row.assignedOn = assignedOn;
  row.deadline = deadline;
  row.leadUnitId = leadUnit + 1;
  const part = (unitId: number, role: UnitAssignmentRole) => ({
    id: out.units.length + 1,
    proposalId: d.id,
    unitId,
    role,
    opinionText: null,
    opinionOn: null,
    opinionByName: null,
    waivedOn: null,
    waiverNote: null,
  });
  out.units.push(part(leadUnit + 1, UnitAssignmentRole.LEAD));
  for (const u of coUnits) out.units.push(part(u + 1, UnitAssignmentRole.CO));
  const keyNote = d.isKey
    ? `；列为重点提案，由${DEMO_CHAIRS.find((c) => c.name === d.chair)?.title ?? '县政协主席'}${d.chair}领衔督办`
    : '';
  step(
    p,
    ProposalAction.ASSIGN,
    assignedOn,
    PROPOSAL_OFFICE,
    `${reassigned ? '原承办单位申请退办，重新交办：' : ''}交${unitName}主办${coNames.length ? `，${coNames.join('、')}会办` : ''}，办理期限${deadline}${keyNote}`,
  );
  return { assignedOn, deadline, unitName };
}

/**
 * 会办意见 of the co-units, sent after the assignment and before `replyOn`, the lead unit's reply;
 * without a reply yet (still assigned) about half are still to come, as of DEMO_TODAY. On their own
 * random stream, so the rest of the county's records stay as they were.
 */
export function coUnitOpinions(p: Play, replyOn: string | null): void {
  const rng = createRandom(deriveSeed(p.d.id, 'records/co-unit-opinions'));
  const assignedOn = p.row.assignedOn as string;
  const by = replyOn ?? (DEMO_TODAY < addDays(assignedOn, 60) ? DEMO_TODAY : addDays(assignedOn, 60));
  const span = Math.max(0, isoToDayNumber(by) - isoToDayNumber(assignedOn));
  for (const u of p.out.units) {
    if (u.proposalId !== p.d.id || u.role !== UnitAssignmentRole.CO) continue;
    if (replyOn === null && rng.chance(0.5)) continue;
    const name = (p.ctx.county.handlingUnits[u.unitId - 1] as { name: string }).name;
    const on = addDays(assignedOn, rng.int(Math.min(3, span), Math.max(Math.min(3, span), span - 1)));
    const text = fillTemplate(rng.pick(CO_UNIT_OPINIONS), { unit: name });
    Object.assign(u, { opinionText: text, opinionOn: on, opinionByName: name });
    unitStep(p, rng, 'CO_UNIT_OPINION', on, name, `${name}会办意见：${text}`);
  }
}
