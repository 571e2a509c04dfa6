import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../core/context';
import { ADMIN_ONLY, allow, read } from '../core/access';
import { RuleViolation } from './rule-violation';
import { ruleViolations } from './rule-violations';

allow({ ruleViolations: read(ADMIN_ONLY) });

@Resolver()
export class RuleViolationResolver {
  @Query(() => [RuleViolation], {
    description: '数据检查（县政协管理员）：不符合现行规则的已有记录，与 npm run migrate 打印的相同；只报告，不修改',
  })
  async ruleViolations(@Ctx() ctx: GraphQLContext): Promise<RuleViolation[]> {
    return (await ruleViolations(ctx.db)).map((v) => ({
      ...v,
      entityId: String(v.entityId),
      townshipId: v.townshipId == null ? null : String(v.townshipId),
    }));
  }
}
