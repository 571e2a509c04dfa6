import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { DUTY_RULE_KEY_LABELS, type DutyRuleKey } from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { READERS, allow, read } from '../core/access';
import { Member } from '../members/member.entity';
import { MemberDutyRecord } from './duty-record.types';
import { memberDuty, type MemberDutyOutcome } from './duty-record';

allow({ memberDutyRecord: read(READERS) });

function toRecord(o: MemberDutyOutcome): MemberDutyRecord {
  return {
    memberId: String(o.memberId),
    year: o.year,
    counts: {
      proposals: o.counts.PROPOSAL,
      opinionReports: o.counts.OPINION_REPORT,
      researchOrInspections: o.counts.RESEARCH_OR_INSPECTION,
      dutyReports: o.counts.DUTY_REPORT,
      plenaryAttendances: o.counts.PLENARY_ATTENDANCE,
    },
    outcomes: o.result.outcomes.map((r) => ({
      ...r,
      key: r.key as DutyRuleKey,
      label: DUTY_RULE_KEY_LABELS[r.key as DutyRuleKey],
    })),
    allMet: o.result.allMet,
    points: o.result.points,
    missed: o.result.missed.map((k) => k as DutyRuleKey),
    defaultRules: o.rules.isDefault,
  };
}

@Resolver(() => Member)
export class MemberDutyResolver {
  @Query(() => MemberDutyRecord, {
    nullable: true,
    description:
      'A member’s duty record for a year; null when the member does not exist or the caller may not see them',
  })
  async memberDutyRecord(
    @Arg('memberId', () => ID) memberId: string,
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MemberDutyRecord | null> {
    const id = Number(memberId);
    const member = Number.isSafeInteger(id) && id > 0 ? await ctx.loaders.byId(Member).load(id) : null;
    return member ? toRecord(await memberDuty(ctx, member.id, year)) : null;
  }

  @FieldResolver(() => MemberDutyRecord, {
    description: 'The member’s duty record against the rules of a year (batched over a list)',
  })
  async duty(
    @Root() member: Member,
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MemberDutyRecord> {
    return toRecord(await memberDuty(ctx, member.id, year));
  }
}
