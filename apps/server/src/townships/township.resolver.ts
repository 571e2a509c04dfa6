import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../core/context';
import { createCrudResolver } from '../core/crud-resolver';
import { Township } from './township.entity';
import { TownshipFilter, TownshipInput, TownshipPatch, TownshipSortField } from './township.inputs';
import { activeMemberCount, townshipService } from './township.service';

const Base = createCrudResolver(
  {
    name: 'Township',
    plural: 'townships',
    entity: Township,
    filter: TownshipFilter,
    sortField: TownshipSortField,
    input: TownshipInput,
    patch: TownshipPatch,
    deleteDescription: 'Deletes a township that has no members; otherwise CONFLICT',
  },
  townshipService,
);

@Resolver(() => Township)
export class TownshipResolver extends Base {
  @FieldResolver(() => Int, { description: 'Active (在任) members organised in this township' })
  memberCount(@Root() township: Township, @Ctx() ctx: GraphQLContext): Promise<number> {
    return activeMemberCount(ctx, 'townshipId', township.id);
  }
}
