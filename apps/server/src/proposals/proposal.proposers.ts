import { Field, ID, ObjectType } from 'type-graphql';
import { In } from 'typeorm';
import { maskPhone, unitSeesProposers } from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { personalDataMasked } from '../core/personal-data';
import { unitScope } from '../core/viewer';
import { Member } from '../members/member.entity';
import { Sector } from '../sectors/sector.entity';
import { Proposal, ProposalSigner } from './proposal.entity';

@ObjectType({ description: '提案人联系方式, for 办前面商: name, sector and phone of the lead member or a co-signer' })
export class ProposerContactCard {
  @Field(() => ID)
  memberId: number;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: '界别' })
  sectorName: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field({ description: '领衔 (true) or 联名 (false)' })
  isLead: boolean;
}

/**
 * The proposers a caller may contact. A handling unit reads none of the member registry, yet
 * must reach the proposers of what it handles: it gets the lead member and co-signers of a
 * proposal assigned to it while that is open (unitSeesProposers), with whole phones, and
 * nothing once it is closed. Other callers get the members they read anyway, phones as their
 * personal-data rule has them.
 */
export async function proposerContacts(ctx: GraphQLContext, p: Proposal): Promise<ProposerContactCard[]> {
  const signers = await ctx.loaders.manyBy(ProposalSigner, 'proposalId').load(p.id);
  const ids = [...new Set([...(p.leadMemberId != null ? [p.leadMemberId] : []), ...signers.map((s) => s.memberId)])];
  if (ids.length === 0) return [];
  const asUnit = unitScope(ctx.viewer) != null;
  if (asUnit && !unitSeesProposers(p.status)) return [];
  // The proposal itself passed the unit's read scope (assigned to it), so its proposers are its to see.
  const members = asUnit
    ? await ctx.db.manager.getRepository(Member).findBy({ id: In(ids) })
    : (await ctx.loaders.byId(Member).loadMany(ids)).filter((m): m is Member => m instanceof Member);
  const byId = new Map(members.map((m) => [m.id, m]));
  const cards: ProposerContactCard[] = [];
  for (const id of ids) {
    const m = byId.get(id);
    if (!m) continue;
    const sector = await ctx.loaders.reference(Sector, m.sectorId);
    const masked = !asUnit && personalDataMasked(ctx.viewer, Member, m);
    cards.push({
      memberId: m.id,
      name: m.name,
      sectorName: sector?.name ?? null,
      phone: masked && m.phone ? maskPhone(m.phone) : m.phone,
      isLead: id === p.leadMemberId,
    });
  }
  return cards;
}
