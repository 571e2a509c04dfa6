import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../core/context';
import { allow, authenticated, publicAccess } from '../core/access';
import { User } from '../users/user.entity';
import { login } from './login';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send as "Authorization: Bearer <token>"' })
  token: string;

  @Field(() => User)
  user: User;
}

allow({ login: publicAccess(), me: authenticated() });

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'Signed token for a username and password; repeated failures answer RATE_LIMITED' })
  login(@Arg('username') username: string, @Arg('password') password: string, @Ctx() ctx: GraphQLContext): Promise<AuthPayload> {
    return login(ctx, username, password);
  }

  @Query(() => User, { nullable: true, description: 'The signed-in user; null for API tokens' })
  async me(@Ctx() ctx: GraphQLContext): Promise<User | null> {
    if (ctx.viewer.kind !== 'user') return null;
    return ctx.db.getRepository(User).findOneBy({ id: ctx.viewer.id });
  }
}
