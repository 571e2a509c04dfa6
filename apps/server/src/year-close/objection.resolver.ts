import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ObjectionStatus, Role } from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { ADMIN_ONLY, READERS, allow, read, write } from '../core/access';
import { ListType, PageInput, SortInputType, type ListResult, type SortSpec } from '../core/pagination';
import { toId } from '../core/record-store';
import { EXPECTED_VERSION_DESCRIPTION } from '../core/versioned-record';
import { Township } from '../townships/township.entity';
import { Objection } from './objection.entity';
import { ObjectionAnswerInput, ObjectionFilter, ObjectionInput, ObjectionSortField } from './objection.inputs';
import { answerObjection, listObjections, raiseObjection } from './objection.service';

const ObjectionList = ListType(Objection, 'ObjectionList');
const ObjectionSort = SortInputType(ObjectionSortField, 'ObjectionSort');

// A township objects to its own figures; the county answers.
allow({
  objections: read(READERS),
  objection: read(READERS),
  raiseObjection: write([Role.TOWNSHIP_OFFICER]),
  acceptObjection: write(ADMIN_ONLY),
  refuseObjection: write(ADMIN_ONLY),
});

@Resolver(() => Objection)
export class ObjectionResolver {
  @Query(() => ObjectionList, { description: '数据异议 (oldest first unless sorted); officers see their township’s' })
  objections(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => ObjectionFilter, { nullable: true }) filter?: ObjectionFilter,
    @Arg('sort', () => [ObjectionSort], { nullable: true }) sort?: SortSpec<ObjectionSortField>[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ): Promise<ListResult<Objection>> {
    return listObjections(ctx, { filter, sort, page });
  }

  @Query(() => Objection, { nullable: true })
  objection(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Objection | null> {
    return ctx.loaders.byId(Objection).load(toId(id));
  }

  @Mutation(() => Objection, {
    description:
      '提出异议: a township officer disputes a figure of their township while the year is in review (核对中); open objections hold the close back',
  })
  raiseObjection(@Arg('input', () => ObjectionInput) input: ObjectionInput, @Ctx() ctx: GraphQLContext) {
    return raiseObjection(ctx, input);
  }

  @Mutation(() => Objection, { description: '采纳: the county agrees (and fixes the records); answer optional' })
  acceptObjection(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => ObjectionAnswerInput, { nullable: true }) input?: ObjectionAnswerInput,
    @Arg('expectedVersion', () => Int, { nullable: true, description: EXPECTED_VERSION_DESCRIPTION })
    expectedVersion?: number,
  ): Promise<Objection> {
    return answerObjection(ctx, toId(id), ObjectionStatus.ACCEPTED, input?.answer, expectedVersion);
  }

  @Mutation(() => Objection, { description: '不予采纳 (input.answer: the reason, required)' })
  refuseObjection(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ObjectionAnswerInput) input: ObjectionAnswerInput,
    @Ctx() ctx: GraphQLContext,
    @Arg('expectedVersion', () => Int, { nullable: true, description: EXPECTED_VERSION_DESCRIPTION })
    expectedVersion?: number,
  ): Promise<Objection> {
    return answerObjection(ctx, toId(id), ObjectionStatus.REFUSED, input.answer, expectedVersion);
  }

  @FieldResolver(() => Township)
  township(@Root() objection: Objection, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.reference(Township, objection.townshipId);
  }
}
