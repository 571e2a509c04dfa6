import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../core/context';
import { createCrudResolver } from '../core/crud-resolver';
import { ADMIN_ONLY, READERS, read, write } from '../core/access';
import { Member } from '../members/member.entity';
import { Committee, CommitteeMembership } from './committee.entity';
import { CommitteeFilter, CommitteeInput, CommitteePatch, CommitteeSortField } from './committee.inputs';
import { committeeService } from './committee.service';

const Base = createCrudResolver(
  {
    name: 'Committee',
    plural: 'committees',
    entity: Committee,
    filter: CommitteeFilter,
    sortField: CommitteeSortField,
    input: CommitteeInput,
    patch: CommitteePatch,
    deleteDescription: 'Deletes the committee and its roster (members themselves stay)',
    access: { read: read(READERS), create: write(ADMIN_ONLY), update: write(ADMIN_ONLY), delete: write(ADMIN_ONLY) },
  },
  committeeService,
);

const ROLE_ORDER = { DIRECTOR: 0, DEPUTY_DIRECTOR: 1, MEMBER: 2 } as const;

@Resolver(() => Committee)
export class CommitteeResolver extends Base {
  @FieldResolver(() => [CommitteeMembership], { description: '主任, 副主任 first, then 委员' })
  async members(@Root() committee: Committee, @Ctx() ctx: GraphQLContext): Promise<CommitteeMembership[]> {
    const seats = await ctx.loaders.manyBy(CommitteeMembership, 'committeeId').load(committee.id);
    return [...seats].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.id - b.id);
  }

  @FieldResolver(() => Int)
  async memberCount(@Root() committee: Committee, @Ctx() ctx: GraphQLContext): Promise<number> {
    return (await ctx.loaders.manyBy(CommitteeMembership, 'committeeId').load(committee.id)).length;
  }
}

@Resolver(() => CommitteeMembership)
export class CommitteeMemberResolver {
  @FieldResolver(() => Member)
  async member(@Root() seat: CommitteeMembership, @Ctx() ctx: GraphQLContext): Promise<Member> {
    return (await ctx.loaders.byId(Member).load(seat.memberId)) as Member;
  }
}
