import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../core/context';
import { ADMIN_ONLY, read, write } from '../core/access';
import { createCrudResolver } from '../core/crud-resolver';
import { HandlingUnit } from '../handling-units/handling-unit.entity';
import { Township } from '../townships/township.entity';
import { User } from './user.entity';
import { UserFilter, UserInput, UserPatch, UserSortField } from './user.inputs';
import { userService } from './user.service';
import { blockedUntil } from '../auth/login-throttle';
import { DateTimeScalar } from '../core/scalars';

const Base = createCrudResolver(
  {
    name: 'User',
    plural: 'users',
    entity: User,
    filter: UserFilter,
    sortField: UserSortField,
    input: UserInput,
    patch: UserPatch,
    deleteDescription: 'Deletes the login (the audit trail keeps the name it acted under)',
    access: { read: read(ADMIN_ONLY), create: write(ADMIN_ONLY), update: write(ADMIN_ONLY), delete: write(ADMIN_ONLY) },
  },
  userService,
);

@Resolver(() => User)
export class UserResolver extends Base {
  @FieldResolver(() => Township, { nullable: true })
  township(@Root() user: User, @Ctx() ctx: GraphQLContext): Township | null | Promise<Township | null> {
    return ctx.loaders.reference(Township, user.townshipId);
  }

  @FieldResolver(() => DateTimeScalar, {
    nullable: true,
    description: 'When the latest sign-in wait of this username ends (from any address); null when none runs',
  })
  loginBlockedUntil(@Root() user: User, @Ctx() ctx: GraphQLContext): Promise<Date | null> {
    // One query for a whole list of users.
    return ctx.loaders
      .batch<string, Date | null>('login-blocked-until', async (names) => {
        const until = await blockedUntil(ctx.db, names);
        return names.map((n) => until.get(n) ?? null);
      })
      .load(user.username);
  }

  @FieldResolver(() => HandlingUnit, { nullable: true })
  handlingUnit(@Root() user: User, @Ctx() ctx: GraphQLContext): HandlingUnit | null | Promise<HandlingUnit | null> {
    return ctx.loaders.reference(HandlingUnit, user.handlingUnitId);
  }
}
