import { randomBytes } from 'node:crypto';
import {
  Arg,
  Ctx,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  FieldResolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import { rules, userRules } from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { ADMIN_ONLY, allow, read, write } from '../core/access';
import { apiError, assertValid, notFound } from '../core/errors';
import { listRecords, type BaseFilter, type ListSpec } from '../core/list-query';
import { ListType, PageInput, SortInputType, type ListResult, type SortSpec } from '../core/pagination';
import { inTransaction, referenceExists, toId } from '../core/record-store';
import { countyOnlyScope, defineScope } from '../core/scope';
import { isPrincipal } from '../core/viewer';
import { DateTimeScalar } from '../core/scalars';
import { writeAudit } from '../core/audit-log';
import { HandlingUnit } from '../handling-units/handling-unit.entity';
import { Township } from '../townships/township.entity';
import { User } from '../users/user.entity';
import { ApiToken } from './api-token.entity';
import { API_TOKEN_PREFIX, sha256 } from './authenticate';
import { Role } from '@cppcc/domain';

defineScope(ApiToken, countyOnlyScope());

enum ApiTokenSortField {
  ID = 'ID',
  NAME = 'NAME',
  LAST_USED_AT = 'LAST_USED_AT',
}
registerEnumType(ApiTokenSortField, { name: 'ApiTokenSortField' });

@InputType()
class ApiTokenFilter implements BaseFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true })
  q?: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  includeRevoked?: boolean;
}

@InputType()
class ApiTokenInput {
  @Field()
  name: string;

  @Field(() => Role, { defaultValue: Role.API_CLIENT, description: 'Acts as this role, scoped like it' })
  role: Role;

  @Field(() => ID, { nullable: true })
  townshipId?: string | null;

  @Field(() => ID, { nullable: true })
  handlingUnitId?: string | null;

  @Field({ defaultValue: true })
  readOnly: boolean;

  @Field({
    defaultValue: false,
    description: '允许读取个人信息: the token reads personal fields whole; only a signed-in county admin may grant it',
  })
  personalData: boolean;

  @Field(() => DateTimeScalar, { nullable: true })
  expiresAt?: Date | null;
}

@ObjectType()
class ApiTokenCreated {
  @Field(() => ApiToken)
  token: ApiToken;

  @Field({ description: 'The secret, shown this once: send as "Authorization: Bearer <secret>"' })
  secret: string;
}

const ApiTokenList = ListType(ApiToken, 'ApiTokenList');
const ApiTokenSort = SortInputType(ApiTokenSortField, 'ApiTokenSort');

const spec: ListSpec<ApiToken, ApiTokenFilter, ApiTokenSortField> = {
  alias: 't',
  filterType: ApiTokenFilter,
  searchColumns: ['name', 'prefix'],
  sortColumns: { ID: 'id', NAME: 'name', LAST_USED_AT: 'lastUsedAt' },
  applyFilter(qb, f) {
    if (!f.includeRevoked) qb.andWhere('t.revokedAt IS NULL');
  },
};

allow({
  apiTokens: read(ADMIN_ONLY),
  apiToken: read(ADMIN_ONLY),
  createApiToken: write(ADMIN_ONLY),
  revokeApiToken: write(ADMIN_ONLY),
});

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Query(() => ApiTokenList)
  apiTokens(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => ApiTokenFilter, { nullable: true }) filter?: ApiTokenFilter,
    @Arg('sort', () => [ApiTokenSort], { nullable: true }) sort?: SortSpec<ApiTokenSortField>[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ): Promise<ListResult<ApiToken>> {
    return listRecords(ctx, ApiToken, spec, { filter, sort, page });
  }

  @Query(() => ApiToken, { nullable: true })
  apiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ApiToken | null> {
    return ctx.loaders.byId(ApiToken).load(toId(id));
  }

  @Mutation(() => ApiTokenCreated, { description: 'Issues a token; read-only by default' })
  async createApiToken(
    @Arg('input', () => ApiTokenInput) input: ApiTokenInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ApiTokenCreated> {
    const townshipId = input.townshipId == null ? null : toId(input.townshipId, 'input.townshipId');
    const handlingUnitId = input.handlingUnitId == null ? null : toId(input.handlingUnitId, 'input.handlingUnitId');
    // A token may not hand on what no admin gave it: the grant is a signed-in admin's decision.
    if (input.personalData && !(ctx.viewer.kind === 'user' && ctx.viewer.role === Role.COUNTY_ADMIN)) {
      throw apiError('FORBIDDEN', '只有县政协管理员本人登录后才能授予读取个人信息的权限', {
        field: 'input.personalData',
      });
    }
    return inTransaction(ctx, async (manager) => {
      assertValid([
        ...rules.requiredText('input.name', input.name, rules.LONG_NAME_MAX),
        ...userRules.roleBinding(input.role, townshipId, handlingUnitId),
        ...(input.expiresAt && input.expiresAt.getTime() <= Date.now()
          ? [{ field: 'input.expiresAt', message: '过期时间应在将来' }]
          : []),
        ...(await referenceExists(manager, Township, townshipId, 'input.townshipId', '乡镇')),
        ...(await referenceExists(manager, HandlingUnit, handlingUnitId, 'input.handlingUnitId', '承办单位')),
      ]);
      const secret = randomBytes(32).toString('base64url');
      const repo = manager.getRepository(ApiToken);
      const saved = await repo.save(
        repo.create({
          name: input.name.trim(),
          role: input.role,
          townshipId,
          handlingUnitId,
          readOnly: input.readOnly,
          personalData: input.personalData,
          expiresAt: input.expiresAt ?? null,
          prefix: secret.slice(0, 6),
          tokenHash: sha256(secret),
          createdById: isPrincipal(ctx.viewer) && ctx.viewer.kind === 'user' ? ctx.viewer.id : null,
        }),
      );
      await writeAudit(manager, ctx, { action: 'CREATE', entityType: 'ApiToken', entityId: saved.id, after: saved });
      // Its own entry, so that the audit trail can be searched for every such grant.
      if (saved.personalData)
        await writeAudit(manager, ctx, {
          action: 'GRANT_PERSONAL_DATA',
          entityType: 'ApiToken',
          entityId: saved.id,
          after: saved,
        });
      return { token: saved, secret: `${API_TOKEN_PREFIX}${saved.id}_${secret}` };
    });
  }

  @Mutation(() => ApiToken, { description: 'Takes effect on the token’s next request' })
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ApiToken> {
    const tokenId = toId(id);
    return inTransaction(ctx, async (manager) => {
      const repo = manager.getRepository(ApiToken);
      const before = await repo.findOneBy({ id: tokenId });
      if (!before) throw notFound('API 令牌', tokenId);
      await repo.update({ id: tokenId }, { revokedAt: before.revokedAt ?? new Date() });
      const after = await repo.findOneByOrFail({ id: tokenId });
      await writeAudit(manager, ctx, { action: 'REVOKE', entityType: 'ApiToken', entityId: tokenId, before, after });
      return after;
    });
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() token: ApiToken, @Ctx() ctx: GraphQLContext): Promise<User | null> | null {
    return token.createdById == null ? null : ctx.loaders.byId(User).load(token.createdById);
  }
}
