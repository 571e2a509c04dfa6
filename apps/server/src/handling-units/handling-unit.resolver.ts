import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../core/context';
import { personalDataMasked } from '../core/personal-data';
import { createCrudResolver } from '../core/crud-resolver';
import { ADMIN_ONLY, ALL_ROLES, read, write } from '../core/access';
import { HandlingUnit } from './handling-unit.entity';
import {
  HandlingUnitFilter,
  HandlingUnitInput,
  HandlingUnitPatch,
  HandlingUnitSortField,
} from './handling-unit.inputs';
import { handlingUnitService } from './handling-unit.service';

const Base = createCrudResolver(
  {
    name: 'HandlingUnit',
    plural: 'handlingUnits',
    entity: HandlingUnit,
    filter: HandlingUnitFilter,
    sortField: HandlingUnitSortField,
    input: HandlingUnitInput,
    patch: HandlingUnitPatch,
    deleteDescription: 'Archives the unit (it keeps its history and receives no new work)',
    access: { read: read(ALL_ROLES), create: write(ADMIN_ONLY), update: write(ADMIN_ONLY), delete: write(ADMIN_ONLY) },
  },
  handlingUnitService,
);

@Resolver(() => HandlingUnit)
export class HandlingUnitResolver extends Base {
  @FieldResolver(() => Boolean, { description: 'True when contactPhone reaches this caller masked' })
  personalDataMasked(@Root() unit: HandlingUnit, @Ctx() ctx: GraphQLContext): boolean {
    return personalDataMasked(ctx.viewer, HandlingUnit, unit);
  }
}
