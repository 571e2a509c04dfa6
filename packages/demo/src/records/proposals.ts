/** Proposals (提案) with signers, assigned units and a full event history, five years of them. */
import { ProposalStatus } from '@cppcc/domain';
import { createRandom, deriveSeed, type Random } from '../random';
import { DEMO_RECORD_YEARS } from './constants';
import type { Ctx } from './context';
import { draftProposals, type ProposalDraft } from './proposal-drafts';
import { assign, coUnitOpinions, review } from './proposal-handling';
import { startPlay, type Play, type ProposalOutput } from './proposal-play';
import { finish, replyRounds } from './proposal-replies';
import { contacts, extension } from './proposal-unit-work';

/** The workflow up to the draft's final status; each stage returns early where that status stops. */
function playStages(p: Play): void {
  const { status } = p.d;
  if (status === ProposalStatus.SUBMITTED) return;
  const reviewedOn = review(p);
  if (reviewedOn === null || status === ProposalStatus.ACCEPTED) return;
  const assignment = assign(p, reviewedOn);
  if (status === ProposalStatus.ASSIGNED) {
    coUnitOpinions(p, null);
    extension(p, null);
    contacts(p, null);
    return;
  }
  const replies = replyRounds(p, assignment);
  if (replies !== null) finish(p, replies);
}

/** Plays a proposal's workflow to its final status, through the domain state machine. */
function playWorkflow(rng: Random, ctx: Ctx, d: ProposalDraft, out: ProposalOutput): void {
  const p = startPlay(rng, ctx, d, out);
  playStages(p);
  out.proposals.push(p.row);
}

export function buildProposals(ctx: Ctx, seed: number): ProposalOutput {
  const out: ProposalOutput = {
    proposals: [],
    signers: [],
    units: [],
    events: [],
    replies: [],
    contacts: [],
    requests: [],
  };
  const drafts = DEMO_RECORD_YEARS.flatMap((year) => draftProposals(ctx, seed, year));
  drafts.forEach((d, i) => (d.id = i + 1));
  const rng = createRandom(deriveSeed(seed, 'records/proposal-workflow'));
  for (const d of drafts) {
    if (d.lead !== null) {
      out.signers.push({ id: out.signers.length + 1, proposalId: d.id, memberId: d.lead + 1, isLead: true });
      for (const m of d.coSigners)
        out.signers.push({ id: out.signers.length + 1, proposalId: d.id, memberId: m + 1, isLead: false });
    }
    playWorkflow(rng, ctx, d, out);
  }
  return out;
}
