import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ClaimReview } from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { ADMIN_ONLY, READERS, allow, read, write } from '../core/access';
import { ListType, PageInput, SortInputType, type ListResult, type SortSpec } from '../core/pagination';
import { toId } from '../core/record-store';
import { EXPECTED_VERSION_DESCRIPTION } from '../core/versioned-record';
import { Township } from '../townships/township.entity';
import { Claim } from './claim.entity';
import { ClaimDecisionInput, ClaimFilter, ClaimSortField } from './claim.inputs';
import { decideClaim, listClaims } from './claim.service';

const ClaimList = ListType(Claim, 'ClaimList');
const ClaimSort = SortInputType(ClaimSortField, 'ClaimSort');

// Townships read their own claims and the decisions; confirming is the county's.
allow({
  claims: read(READERS),
  claim: read(READERS),
  confirmClaim: write(ADMIN_ONLY),
  refuseClaim: write(ADMIN_ONLY),
});

@Resolver(() => Claim)
export class ClaimResolver {
  @Query(() => ClaimList, {
    description: '成果申报: the current claims (oldest first unless sorted), scoped like their records',
  })
  claims(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => ClaimFilter, { nullable: true }) filter?: ClaimFilter,
    @Arg('sort', () => [ClaimSort], { nullable: true }) sort?: SortSpec<ClaimSortField>[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ): Promise<ListResult<Claim>> {
    return listClaims(ctx, { filter, sort, page });
  }

  @Query(() => Claim, { nullable: true })
  claim(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Claim | null> {
    return ctx.loaders.byId(Claim).load(toId(id));
  }

  @Mutation(() => Claim, { description: '确认: the claim counts in the figures from now on' })
  confirmClaim(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => ClaimDecisionInput, { nullable: true }) input?: ClaimDecisionInput,
    @Arg('expectedVersion', () => Int, { nullable: true, description: EXPECTED_VERSION_DESCRIPTION })
    expectedVersion?: number,
  ): Promise<Claim> {
    return decideClaim(ctx, toId(id), ClaimReview.CONFIRMED, input?.note, expectedVersion);
  }

  @Mutation(() => Claim, { description: '不予确认 (input.note: the reason, required): the claim does not count' })
  refuseClaim(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ClaimDecisionInput) input: ClaimDecisionInput,
    @Ctx() ctx: GraphQLContext,
    @Arg('expectedVersion', () => Int, { nullable: true, description: EXPECTED_VERSION_DESCRIPTION })
    expectedVersion?: number,
  ): Promise<Claim> {
    return decideClaim(ctx, toId(id), ClaimReview.REFUSED, input.note, expectedVersion);
  }

  @FieldResolver(() => Township, { nullable: true })
  township(@Root() claim: Claim, @Ctx() ctx: GraphQLContext): Township | Promise<Township> | null {
    return claim.townshipId == null
      ? null
      : (ctx.loaders.reference(Township, claim.townshipId) as Township | Promise<Township>);
  }
}
