import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../core/context';
import { createCrudResolver } from '../core/crud-resolver';
import { ADMIN_AND_OFFICER, ADMIN_ONLY, ALL_ROLES, read, write } from '../core/access';

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
    // Townships are the county's units: every signed-in caller reads them; an officer edits their own.
    access: {
      read: read(ALL_ROLES),
      create: write(ADMIN_ONLY),
      update: write(ADMIN_AND_OFFICER),
      delete: write(ADMIN_ONLY),
    },
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
