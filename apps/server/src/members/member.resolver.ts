import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { birthYearOf } from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { createCrudResolver } from '../core/crud-resolver';
import { personalDataMasked } from '../core/personal-data';
import { ADMIN_AND_OFFICER, READERS, read, write } from '../core/access';
import { Sector } from '../sectors/sector.entity';
import { Township } from '../townships/township.entity';
import { Member } from './member.entity';
import { MemberFilter, MemberInput, MemberPatch, MemberSortField } from './member.inputs';
import { memberService } from './member.service';

const Base = createCrudResolver(
  {
    name: 'Member',
    plural: 'members',
    entity: Member,
    filter: MemberFilter,
    sortField: MemberSortField,
    input: MemberInput,
    patch: MemberPatch,
    deleteDescription: 'Archives the member: members are never hard-deleted, their history stays countable',
    access: {
      read: read(READERS),
      create: write(ADMIN_AND_OFFICER),
      update: write(ADMIN_AND_OFFICER),
      delete: write(ADMIN_AND_OFFICER),
    },
  },
  memberService,
);

@Resolver(() => Member)
export class MemberResolver extends Base {
  @FieldResolver(() => Sector)
  sector(@Root() member: Member, @Ctx() ctx: GraphQLContext): Sector | Promise<Sector> {
    return ctx.loaders.reference(Sector, member.sectorId) as Sector | Promise<Sector>;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: '出生年份: the year of birthDate, read by every caller, also where birthDate is masked',
  })
  birthYear(@Root() member: Member): number | null {
    return birthYearOf(member.birthDate);
  }

  @FieldResolver(() => Boolean, {
    description: 'True when phone and birthDate reach this caller masked (not their stored values)',
  })
  personalDataMasked(@Root() member: Member, @Ctx() ctx: GraphQLContext): boolean {
    return personalDataMasked(ctx.viewer, Member, member);
  }

  @FieldResolver(() => Township)
  township(@Root() member: Member, @Ctx() ctx: GraphQLContext): Township | Promise<Township> {
    return ctx.loaders.reference(Township, member.townshipId) as Township | Promise<Township>;
  }
}
