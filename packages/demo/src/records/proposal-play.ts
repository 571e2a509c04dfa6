/** A proposal being played through its workflow: its row as it stands and the events so far. */
import { nextProposalStatus, ProposalStatus, type ProposalAction, type ProposalContext } from '@cppcc/domain';
import type { DemoMember } from '../county/model';
import type { Random } from '../random';
import type { Ctx, TownshipProfile } from './context';
import { beijing } from './helpers';
import type { ProposalDraft } from './proposal-drafts';
import type {
  ProposalContactRow,
  ProposalEventRow,
  ProposalReplyRow,
  ProposalRow,
  ProposalSignerRow,
  ProposalUnitRequestRow,
  ProposalUnitRow,
} from './rows';

export const PROPOSAL_OFFICE = '县政协提案委员会';

export interface ProposalOutput {
  proposals: ProposalRow[];
  signers: ProposalSignerRow[];
  units: ProposalUnitRow[];
  events: ProposalEventRow[];
  replies: ProposalReplyRow[];
  contacts: ProposalContactRow[];
  requests: ProposalUnitRequestRow[];
}

export interface Play {
  readonly rng: Random;
  readonly ctx: Ctx;
  readonly d: ProposalDraft;
  readonly row: ProposalRow;
  readonly out: ProposalOutput;
  readonly quality: number;
  readonly proposerName: string;
  /** When the last event happened (ms): the next one comes after it. */
  lastAt: number;
}

function initialRow(d: ProposalDraft): ProposalRow {
  return {
    id: d.id,
    year: d.year,
    session: d.session,
    serialNo: d.serialNo,
    title: d.title,
    content: d.content,
    category: d.category,
    proposerKind: d.proposerKind,
    leadMemberId: d.lead === null ? null : d.lead + 1,
    proposerOrgName: d.orgName,
    townshipId: d.townshipIndex === null ? null : d.townshipIndex + 1,
    status: ProposalStatus.SUBMITTED,
    submittedOn: d.submittedOn,
    reviewDecision: null,
    reviewedOn: null,
    reviewNote: null,
    mergedIntoId: null,
    opinionReportId: null,
    isKey: d.isKey,
    supervisingChair: d.chair,
    assignedOn: null,
    deadline: null,
    leadUnitId: null,
    replyBeforeCoUnits: false,
    firstReplyOn: null,
    lastReplyOn: null,
    replyClass: null,
    replyText: null,
    satisfaction: null,
    feedbackOn: null,
    implementation: null,
    closedOn: null,
  };
}

/** An event during office hours of the date, always after the previous one. */
function recordEvent(
  p: Play,
  action: string,
  date: string,
  to: ProposalStatus,
  from: ProposalStatus | null,
  actor: string,
  note: string | null,
  rng: Random = p.rng,
): void {
  let at = beijing(date, rng.int(8 * 60 + 30, 17 * 60 + 30)).getTime();
  if (at <= p.lastAt) at = p.lastAt + 20 * 60_000;
  p.lastAt = at;
  p.out.events.push({
    id: p.out.events.length + 1,
    proposalId: p.d.id,
    at: new Date(at),
    action,
    fromStatus: from,
    toStatus: to,
    actorName: actor,
    note,
  });
}

/** One workflow step, checked against the domain state machine. */
export function step(
  p: Play,
  action: ProposalAction,
  date: string,
  actor: string,
  note: string | null,
  args: ProposalContext = {},
): void {
  const res = nextProposalStatus(p.row.status, action, args);
  if (!res.ok) throw new Error(`demo proposal ${p.d.year}-${p.d.serialNo}: ${res.reason}`);
  recordEvent(p, action, date, res.to, p.row.status, actor, note);
  p.row.status = res.to;
}

/** A step that keeps the status (a co-unit's 会办意见), timed on its own random stream. */
export function unitStep(p: Play, rng: Random, action: string, date: string, actor: string, note: string): void {
  recordEvent(p, action, date, p.row.status, p.row.status, actor, note, rng);
}

/** The play of a draft, with its submission recorded. */
export function startPlay(rng: Random, ctx: Ctx, d: ProposalDraft, out: ProposalOutput): Play {
  const quality = d.townshipIndex === null ? 1.2 : (ctx.profiles[d.townshipIndex] as TownshipProfile).quality;
  const proposerName = d.lead !== null ? (ctx.county.members[d.lead] as DemoMember).name : (d.orgName as string);
  const p: Play = { rng, ctx, d, row: initialRow(d), out, quality, proposerName, lastAt: 0 };
  recordEvent(
    p,
    'SUBMIT',
    d.submittedOn,
    ProposalStatus.SUBMITTED,
    null,
    proposerName,
    d.session ? `${d.session}期间提交` : '闭会期间提交（平时提案）',
  );
  return p;
}
