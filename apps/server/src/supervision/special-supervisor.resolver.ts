import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../core/context';
import { createCrudResolver } from '../core/crud-resolver';
import { ADMIN_ONLY, COUNTY_READERS, read, write } from '../core/access';
import { HandlingUnit } from '../handling-units/handling-unit.entity';
import { Member } from '../members/member.entity';
import { SpecialSupervisor } from './supervision.entity';
import {
  SpecialSupervisorFilter,
  SpecialSupervisorInput,
  SpecialSupervisorPatch,
  SpecialSupervisorSortField,
} from './special-supervisor.inputs';
import { specialSupervisorService } from './special-supervisor.service';

const Base = createCrudResolver(
  {
    name: 'SpecialSupervisor',
    plural: 'specialSupervisors',
    entity: SpecialSupervisor,
    filter: SpecialSupervisorFilter,
    sortField: SpecialSupervisorSortField,
    input: SpecialSupervisorInput,
    patch: SpecialSupervisorPatch,
    deleteDescription: 'Deletes the appointment (the member stays)',
    access: {
      // Members' appointments across townships: county-wide readers only.
      read: read(COUNTY_READERS),
      create: write(ADMIN_ONLY),
      update: write(ADMIN_ONLY),
      delete: write(ADMIN_ONLY),
    },
  },
  specialSupervisorService,
);

@Resolver(() => SpecialSupervisor)
export class SpecialSupervisorResolver extends Base {
  @FieldResolver(() => Member, { nullable: true })
  member(@Root() s: SpecialSupervisor, @Ctx() ctx: GraphQLContext): Promise<Member | null> {
    return ctx.loaders.byId(Member).load(s.memberId);
  }

  @FieldResolver(() => HandlingUnit, { nullable: true })
  unit(@Root() s: SpecialSupervisor, @Ctx() ctx: GraphQLContext): HandlingUnit | null | Promise<HandlingUnit | null> {
    return ctx.loaders.reference(HandlingUnit, s.unitId);
  }
}
