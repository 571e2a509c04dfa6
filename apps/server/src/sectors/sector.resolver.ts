import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../core/context';
import { createCrudResolver } from '../core/crud-resolver';
import { ADMIN_ONLY, ALL_ROLES, read, write } from '../core/access';
import { activeMemberCount } from '../townships/township.service';
import { Sector } from './sector.entity';
import { SectorFilter, SectorInput, SectorPatch, SectorSortField } from './sector.inputs';
import { sectorService } from './sector.service';

const Base = createCrudResolver(
  {
    name: 'Sector',
    plural: 'sectors',
    entity: Sector,
    filter: SectorFilter,
    sortField: SectorSortField,
    input: SectorInput,
    patch: SectorPatch,
    deleteDescription: 'Deletes a sector that no member belongs to; otherwise CONFLICT',
    access: { read: read(ALL_ROLES), create: write(ADMIN_ONLY), update: write(ADMIN_ONLY), delete: write(ADMIN_ONLY) },
  },
  sectorService,
);

@Resolver(() => Sector)
export class SectorResolver extends Base {
  @FieldResolver(() => Int, { description: 'Active (在任) members of this sector' })
  memberCount(@Root() sector: Sector, @Ctx() ctx: GraphQLContext): Promise<number> {
    return activeMemberCount(ctx, 'sectorId', sector.id);
  }
}
