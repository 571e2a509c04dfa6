import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { birthYearOf } from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { createCrudResolver } from '../core/crud-resolver';
import { personalDataMasked } from '../core/personal-data';
import { ADMIN_AND_OFFICER, ADMIN_ONLY, READERS, allow, read, write } from '../core/access';
import { toId } from '../core/record-store';
import { EXPECTED_VERSION_DESCRIPTION } from '../core/versioned-record';
import { Sector } from '../sectors/sector.entity';
import { Township } from '../townships/township.entity';
import { Member } from './member.entity';
import {
  MemberFilter,
  MemberInput,
  MemberPatch,
  MemberSortField,
  MemberStatusChangeInput,
  ReappointMemberInput,
  TransferMemberInput,
} from './member.inputs';
import { MemberTenure, MemberTerm } from './member-history.entity';
import { changeMemberStatus, reappointMember, transferMember } from './member-history';
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

// A transfer moves a member between townships: the county's decision, not one township's.
allow({
  transferMember: write(ADMIN_ONLY),
  changeMemberStatus: write(ADMIN_AND_OFFICER),
  reappointMember: write(ADMIN_AND_OFFICER),
});

@Resolver(() => Member)
export class MemberResolver extends Base {
  @FieldResolver(() => [MemberTenure], { description: '任职经历, oldest first: where the member was organised, when' })
  async tenures(@Root() member: Member, @Ctx() ctx: GraphQLContext): Promise<MemberTenure[]> {
    const rows = await ctx.loaders.manyBy(MemberTenure, 'memberId').load(member.id);
    return [...rows].sort((a, b) => (a.startsOn < b.startsOn ? -1 : 1));
  }

  @FieldResolver(() => [MemberTerm], { description: '届次, in order of appointment' })
  async terms(@Root() member: Member, @Ctx() ctx: GraphQLContext): Promise<MemberTerm[]> {
    const rows = await ctx.loaders.manyBy(MemberTerm, 'memberId').load(member.id);
    return [...rows].sort((a, b) => a.id - b.id);
  }

  @FieldResolver(() => Boolean, {
    description: '资料待补: no joining date recorded (counted from the first term’s start)',
  })
  needsDetails(@Root() member: Member): boolean {
    return member.joinedOn == null;
  }

  @Mutation(() => Member, {
    description:
      '调动: from effectiveOn the member is organised in townshipId; earlier records stay with the old township',
  })
  transferMember(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => TransferMemberInput) input: TransferMemberInput,
    @Ctx() ctx: GraphQLContext,
    @Arg('expectedVersion', () => Int, { nullable: true, description: EXPECTED_VERSION_DESCRIPTION })
    expectedVersion?: number,
  ): Promise<Member> {
    return transferMember(ctx, toId(id), input, expectedVersion);
  }

  @Mutation(() => Member, { description: '届满 / 退出 / 撤销 / 恢复, each from an effective date' })
  changeMemberStatus(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => MemberStatusChangeInput) input: MemberStatusChangeInput,
    @Ctx() ctx: GraphQLContext,
    @Arg('expectedVersion', () => Int, { nullable: true, description: EXPECTED_VERSION_DESCRIPTION })
    expectedVersion?: number,
  ): Promise<Member> {
    return changeMemberStatus(ctx, toId(id), input, expectedVersion);
  }

  @Mutation(() => Member, { description: '连任: adds a term; the earlier terms stay' })
  reappointMember(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ReappointMemberInput) input: ReappointMemberInput,
    @Ctx() ctx: GraphQLContext,
    @Arg('expectedVersion', () => Int, { nullable: true, description: EXPECTED_VERSION_DESCRIPTION })
    expectedVersion?: number,
  ): Promise<Member> {
    return reappointMember(ctx, toId(id), input, expectedVersion);
  }

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
