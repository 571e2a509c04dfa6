import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../core/context';
import { createCrudResolver } from '../core/crud-resolver';
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
    access: { read: read(READERS), create: write(ADMIN_AND_OFFICER), update: write(ADMIN_AND_OFFICER), delete: write(ADMIN_AND_OFFICER) },
  },
  memberService,
);

@Resolver(() => Member)
export class MemberResolver extends Base {
  @FieldResolver(() => Sector)
  sector(@Root() member: Member, @Ctx() ctx: GraphQLContext): Sector | Promise<Sector> {
    return ctx.loaders.reference(Sector, member.sectorId) as Sector | Promise<Sector>;
  }

  @FieldResolver(() => Township)
  township(@Root() member: Member, @Ctx() ctx: GraphQLContext): Township | Promise<Township> {
    return ctx.loaders.reference(Township, member.townshipId) as Township | Promise<Township>;
  }
}
