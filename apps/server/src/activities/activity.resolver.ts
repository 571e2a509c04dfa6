import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Attendance } from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { createCrudResolver } from '../core/crud-resolver';
import { ADMIN_AND_OFFICER, READERS, allow, read, write } from '../core/access';
import { toId } from '../core/record-store';
import { Member } from '../members/member.entity';
import { Township } from '../townships/township.entity';
import { Activity, ActivityParticipant } from './activity.entity';
import { ActivityFilter, ActivityInput, ActivityPatch, ActivitySortField } from './activity.inputs';
import { activityService } from './activity.service';
import { setAttendance } from './activity-participants';
import { EXPECTED_VERSION_DESCRIPTION } from '../core/versioned-record';

const Base = createCrudResolver(
  {
    name: 'Activity',
    plural: 'activities',
    entity: Activity,
    filter: ActivityFilter,
    sortField: ActivitySortField,
    input: ActivityInput,
    patch: ActivityPatch,
    deleteDescription: 'Deletes the activity and its participant list',
    access: {
      read: read(READERS),
      create: write(ADMIN_AND_OFFICER),
      update: write(ADMIN_AND_OFFICER),
      delete: write(ADMIN_AND_OFFICER),
    },
  },
  activityService,
);

allow({ setActivityAttendance: write(ADMIN_AND_OFFICER) });

@Resolver(() => Activity)
export class ActivityResolver extends Base {
  @FieldResolver(() => Township, { nullable: true, description: 'Organising township; null = the county' })
  township(@Root() activity: Activity, @Ctx() ctx: GraphQLContext): Township | null | Promise<Township | null> {
    return ctx.loaders.reference(Township, activity.townshipId);
  }

  @FieldResolver(() => [ActivityParticipant], { description: 'Participants the caller may see, with their attendance' })
  participants(@Root() activity: Activity, @Ctx() ctx: GraphQLContext): Promise<ActivityParticipant[]> {
    return ctx.loaders.manyBy(ActivityParticipant, 'activityId').load(activity.id);
  }

  @FieldResolver(() => Int, { description: 'Participant rows (出席 + 请假 + 缺席) the caller may see' })
  async participantCount(@Root() activity: Activity, @Ctx() ctx: GraphQLContext): Promise<number> {
    return (await this.participants(activity, ctx)).length;
  }

  @FieldResolver(() => Int, { description: 'Participants present (出席)' })
  async presentCount(@Root() activity: Activity, @Ctx() ctx: GraphQLContext): Promise<number> {
    return (await this.participants(activity, ctx)).filter((p) => p.attendance === Attendance.PRESENT).length;
  }

  @Mutation(() => Activity, {
    description:
      'Records the attendance of a member who is a participant; others are refused (BAD_USER_INPUT, field memberId)',
  })
  setActivityAttendance(
    @Arg('activityId', () => ID) activityId: string,
    @Arg('memberId', () => ID) memberId: string,
    @Arg('attendance', () => Attendance) attendance: Attendance,
    @Ctx() ctx: GraphQLContext,
    @Arg('expectedVersion', () => Int, { nullable: true, description: EXPECTED_VERSION_DESCRIPTION })
    expectedVersion?: number,
  ): Promise<Activity> {
    return setAttendance(ctx, toId(activityId, 'activityId'), memberId, attendance, expectedVersion);
  }
}

@Resolver(() => ActivityParticipant)
export class ActivityParticipantResolver {
  @FieldResolver(() => Member, {
    nullable: true,
    description: 'null when the caller may not see the member (another township’s)',
  })
  member(@Root() participant: ActivityParticipant, @Ctx() ctx: GraphQLContext): Promise<Member | null> {
    return ctx.loaders.byId(Member).load(participant.memberId);
  }
}
