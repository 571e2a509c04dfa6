/** Replies (答复), the proposer's feedback, 落实情况 and 办结. */
import { ImplementationStatus, ProposalAction, ProposalStatus, ReplyClass, Satisfaction } from '@cppcc/domain';
import { addDays, createRandom, deriveSeed, isoToDayNumber, type Random } from '../random';
import { FEEDBACK_COMMENTS, fillTemplate, REPLY_TEMPLATES, SIGNER_NAMES } from '../vocabulary';
import { clamp } from './helpers';
import { coUnitOpinions, type Assignment } from './proposal-handling';
import { contacts, extension } from './proposal-unit-work';
import { PROPOSAL_OFFICE, step, type Play } from './proposal-play';
import type { ProposalReplyRow } from './rows';

/** The last reply's class and date, and how many 不满意 → 重新办理 rounds there were. */
interface Replies {
  cls: ReplyClass;
  replyOn: string;
  rounds: number;
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

function replyOnce(p: Play, unitName: string, date: string, second: boolean): ReplyClass {
  const { rng, row, quality } = p;
  const cls = rng.pickWeighted<ReplyClass>([
    [ReplyClass.A, 45 * quality],
    [ReplyClass.B, 40],
    [ReplyClass.C, 15 / quality],
  ]);
  row.replyClass = cls;
  row.replyText = fillTemplate(rng.pick(REPLY_TEMPLATES[cls]), {
    unit: unitName,
    title: p.d.title,
    year: date.slice(0, 4),
  });
  row.firstReplyOn ??= date;
  row.lastReplyOn = date;
  row.satisfaction = null;
  row.feedbackOn = null;
  p.out.replies.push(replyLetter(p, date, cls, row.replyText ?? ''));
  step(p, ProposalAction.REPLY, date, unitName, `${second ? '重新办理后再次答复' : '书面答复'}，答复类别${cls}类`);
  return cls;
}

/** The reply round as a letter: the unit's 文号, a signer and its contact, on a stream of their own. */
function replyLetter(p: Play, date: string, cls: ReplyClass, text: string): ProposalReplyRow {
  const round = p.out.replies.filter((r) => r.proposalId === p.d.id).length + 1;
  const rng = createRandom(deriveSeed(p.d.id * 10 + round, 'records/reply-letters'));
  const unitId = p.row.leadUnitId as number;
  const unit = p.ctx.county.handlingUnits[unitId - 1] as { name: string; contactPerson: string; contactPhone: string };
  return {
    id: p.out.replies.length + 1,
    proposalId: p.d.id,
    round,
    unitId,
    repliedOn: date,
    replyClass: cls,
    text,
    docNo: `${unit.name}函〔${date.slice(0, 4)}〕${rng.int(3, 160)}号`,
    signer: rng.pick(SIGNER_NAMES),
    contactPerson: unit.contactPerson,
    contactPhone: unit.contactPhone,
    satisfaction: null,
    feedbackOn: null,
    feedbackNote: null,
  };
}

/** The proposer's rating of the latest reply round. */
function rateLatest(p: Play, satisfaction: Satisfaction, on: string, note: string): void {
  const latest = p.out.replies.filter((r) => r.proposalId === p.d.id).at(-1);
  if (latest) Object.assign(latest, { satisfaction, feedbackOn: on, feedbackNote: note });
}

/** Replies, with a 不满意 → 重新办理 round for REHANDLING and a few others; null when it stays in REHANDLING. */
export function replyRounds(p: Play, a: Assignment): Replies | null {
  const { rng, d, row } = p;
  const rounds = d.status === ProposalStatus.REHANDLING ? 1 : rng.chance(0.08) ? 1 : 0;
  const onTime = rng.chance(clamp(0.8 + 0.1 * p.quality, 0.7, 0.97));
  const toDeadline = isoToDayNumber(a.deadline) - isoToDayNumber(a.assignedOn);
  let replyOn = onTime ? addDays(a.assignedOn, rng.int(25, toDeadline)) : addDays(a.deadline, rng.int(3, 40));
  coUnitOpinions(p, replyOn);
  extension(p, replyOn);
  contacts(p, replyOn);
  let cls = replyOnce(p, a.unitName, replyOn, false);
  for (let r = 0; r < rounds; r++) {
    const feedbackOn = addDays(replyOn, rng.int(7, 25));
    row.satisfaction = Satisfaction.DISSATISFIED;
    row.feedbackOn = feedbackOn;
    const comment = feedbackComment(rng, Satisfaction.DISSATISFIED);
    rateLatest(p, Satisfaction.DISSATISFIED, feedbackOn, comment);
    step(p, ProposalAction.FEEDBACK, feedbackOn, p.proposerName, comment, {
      satisfaction: Satisfaction.DISSATISFIED,
    });
    if (d.status === ProposalStatus.REHANDLING) return null;
    replyOn = addDays(feedbackOn, rng.int(20, 60));
    cls = replyOnce(p, a.unitName, replyOn, true);
  }
  return { cls, replyOn, rounds };
}

/** Feedback, 落实情况 and 办结; checks that the play ended where the draft wanted. */
export function finish(p: Play, replies: Replies): void {
  const { rng, d, row } = p;
  const { cls, replyOn, rounds } = replies;
  const wantsFeedback = d.status === ProposalStatus.CLOSED || (rounds === 0 && rng.chance(0.4));
  let last = replyOn;
  if (wantsFeedback) {
    const s = satisfactionFor(rng, cls);
    const feedbackOn = addDays(replyOn, rng.int(7, 30));
    row.satisfaction = s;
    row.feedbackOn = feedbackOn;
    const comment = feedbackComment(rng, s);
    rateLatest(p, s, feedbackOn, comment);
    step(p, ProposalAction.FEEDBACK, feedbackOn, p.proposerName, comment, { satisfaction: s });
    last = feedbackOn;
  }
  if (d.status === ProposalStatus.CLOSED || rng.chance(0.3)) {
    const impl = implementationFor(rng, cls);
    const on = addDays(last, rng.int(0, 15));
    row.implementation = impl;
    step(
      p,
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
    step(p, ProposalAction.CLOSE, closedOn, PROPOSAL_OFFICE, '办理完毕，予以办结', {
      hasFeedback: true,
      lastSatisfaction: row.satisfaction ?? undefined,
    });
  }
  if (row.status !== d.status)
    throw new Error(`demo proposal ${d.year}-${d.serialNo}: ended in ${row.status}, wanted ${d.status}`);
}
