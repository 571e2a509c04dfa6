import {
  ProposalStatus,
  memberReferenceErrors,
  proposalTextErrors,
  proposalYear,
  proposerErrors,
  stepDateErrors,
  todayInChina,
} from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { assertValid, badInput } from '../core/errors';
import { guardWrite, inTransaction } from '../core/record-store';
import { assertCanWrite } from '../core/scope';
import { townshipScope } from '../core/viewer';
import { townshipOfMemberOn } from '../members/member-history';
import { Proposal, ProposalSigner } from './proposal.entity';
import { recordStep } from './proposal.history';
import type { SubmitProposalInput } from './proposal.inputs';
import { loadMembers, refId } from './proposal.references';
import { nextSerialNo, oneSubmissionAtATime } from './proposal.serial';
import { trimmed } from './proposal.text';
import { bindAttachments } from '../files/attachment.service';

/**
 * 提交提案: a new proposal in SUBMITTED with the next serial number of its year, attributed
 * (docs/metrics.md) to the lead member's township at submission (organisations' proposals: the
 * county, null) and to the session's year or the submission year. Officers submit only for
 * their own township's members (FORBIDDEN otherwise) and name co-signers of their township.
 */
export async function submitProposal(ctx: GraphQLContext, input: SubmitProposalInput): Promise<Proposal> {
  const today = todayInChina();
  const submittedOn = input.submittedOn ?? today;
  const attribution = proposalYear({ session: trimmed(input.session), year: input.year, submittedOn });
  assertValid([
    ...proposalTextErrors(input),
    ...proposerErrors(input),
    ...stepDateErrors('input.submittedOn', submittedOn, '提交日期', today),
    ...attribution.errors,
  ]);
  const leadId = input.leadMemberId != null ? refId(input.leadMemberId) : null;
  const coSignerIds = (input.coSignerIds ?? []).map(refId);

  return oneSubmissionAtATime(() =>
    inTransaction(ctx, async (manager) => {
      const members = await loadMembers(manager, leadId ? [leadId, ...coSignerIds] : coSignerIds);
      const lead = leadId ? members.get(leadId) : undefined;
      if (leadId && !lead)
        throw badInput([{ field: 'input.leadMemberId', message: `委员 ${input.leadMemberId} 不存在` }]);
      const repo = manager.getRepository(Proposal);
      const draft = repo.create({
        year: attribution.year,
        session: trimmed(input.session),
        title: input.title.trim(),
        content: trimmed(input.content),
        category: input.category,
        proposerKind: input.proposerKind,
        leadMemberId: leadId,
        proposerOrgName: lead ? null : trimmed(input.proposerOrgName),
        // The lead's township on the day of submission: a later transfer does not move it.
        townshipId: lead ? await townshipOfMemberOn(manager, lead, submittedOn) : null,
        status: ProposalStatus.SUBMITTED,
        submittedOn,
        isKey: false,
      });
      // The attribution decides who may submit: an officer only into their own township.
      assertCanWrite(ctx.viewer, Proposal, draft);
      assertValid([
        ...memberReferenceErrors(leadId ? [leadId] : [], members, () => 'input.leadMemberId'),
        ...memberReferenceErrors(coSignerIds, members, (i) => `input.coSignerIds[${i}]`, {
          township: townshipScope(ctx.viewer),
        }),
      ]);
      draft.serialNo = await nextSerialNo(manager, attribution.year);
      const { id } = await repo.save(draft);
      const signers = [
        ...(leadId ? [{ memberId: leadId, isLead: true }] : []),
        ...coSignerIds.map((memberId) => ({ memberId, isLead: false })),
      ];
      if (signers.length)
        await manager.getRepository(ProposalSigner).insert(signers.map((s) => ({ ...s, proposalId: id })));
      await bindAttachments(manager, ctx, input.attachmentIds, 'Proposal', id, 'input.attachmentIds');
      const saved = await repo.findOneByOrFail({ id });
      await guardWrite(ctx, manager, { entity: Proposal, entityId: id, action: 'CREATE', before: null, after: saved });
      await recordStep(manager, ctx, { action: 'SUBMIT', before: null, after: saved, details: { signers } });
      return saved;
    }),
  );
}
