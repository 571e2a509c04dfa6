import { Arg, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../core/context';
import { ADMIN_ONLY, allow, allowedOperations, authenticated, publicAccess, write } from '../core/access';
import { writeAudit } from '../core/audit-log';
import { unlockUsername } from './login-throttle';
import { User } from '../users/user.entity';
import { login } from './login';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send as "Authorization: Bearer <token>"' })
  token: string;

  @Field(() => User)
  user: User;
}

@ObjectType({ description: '当前调用者的权限：由访问控制插件所用的同一规则表计算（控制台据此决定显示哪些菜单和按钮）' })
export class MyPermissions {
  @Field(() => [String], { description: 'Root queries and mutations this caller may call (record scopes still apply)' })
  operations: string[];
}

allow({ login: publicAccess(), me: authenticated(), myPermissions: authenticated(), unlockLogin: write(ADMIN_ONLY) });

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, {
    description: 'Signed token for a username and password; repeated failures answer RATE_LIMITED',
  })
  login(
    @Arg('username') username: string,
    @Arg('password') password: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AuthPayload> {
    return login(ctx, username, password);
  }

  @Mutation(() => Int, {
    description: 'Lifts every sign-in wait of a username (all addresses); the number of addresses cleared',
  })
  async unlockLogin(@Arg('username') username: string, @Ctx() ctx: GraphQLContext): Promise<number> {
    const name = username.trim().slice(0, 100);
    const cleared = await unlockUsername(ctx.db, name);
    await writeAudit(ctx.db.manager, ctx, {
      action: 'LOGIN_UNLOCKED',
      entityType: 'User',
      entityId: name,
      before: { addresses: cleared },
    });
    return cleared;
  }

  @Query(() => MyPermissions, {
    description:
      'What the caller may call, from the access rules; record scopes (own township, assigned unit) still narrow it',
  })
  myPermissions(@Ctx() ctx: GraphQLContext): MyPermissions {
    return { operations: allowedOperations(ctx.viewer) };
  }

  @Query(() => User, { nullable: true, description: 'The signed-in user; null for API tokens' })
  async me(@Ctx() ctx: GraphQLContext): Promise<User | null> {
    if (ctx.viewer.kind !== 'user') return null;
    return ctx.db.getRepository(User).findOneBy({ id: ctx.viewer.id });
  }
}
