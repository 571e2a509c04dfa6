import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root, Int } from 'type-graphql';
import { RectificationStatus } from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { createCrudResolver } from '../core/crud-resolver';
import { ADMIN_ONLY, allow, read, write } from '../core/access';
import { toId } from '../core/record-store';
import { RectificationItem, SupervisionTarget } from './supervision.entity';
import {
  RectificationItemFilter,
  RectificationItemInput,
  RectificationItemPatch,
  RectificationItemSortField,
} from './rectification-item.inputs';
import { rectificationItemService } from './rectification-item.service';
import { setRectificationStatus } from './supervision-verbs';
import { SUPERVISION_READERS } from './supervision-access';
import { EXPECTED_VERSION_DESCRIPTION } from '../core/versioned-record';

const Base = createCrudResolver(
  {
    name: 'RectificationItem',
    plural: 'rectificationItems',
    entity: RectificationItem,
    filter: RectificationItemFilter,
    sortField: RectificationItemSortField,
    input: RectificationItemInput,
    patch: RectificationItemPatch,
    deleteDescription: 'Deletes the rectification item',
    access: {
      read: read(SUPERVISION_READERS),
      create: write(ADMIN_ONLY),
      update: write(ADMIN_ONLY),
      delete: write(ADMIN_ONLY),
    },
  },
  rectificationItemService,
);

allow({ setRectificationStatus: write(ADMIN_ONLY) });

@Resolver(() => RectificationItem)
export class RectificationItemResolver extends Base {
  @FieldResolver(() => SupervisionTarget, { nullable: true })
  target(@Root() item: RectificationItem, @Ctx() ctx: GraphQLContext): Promise<SupervisionTarget | null> {
    return ctx.loaders.byId(SupervisionTarget).load(item.targetId);
  }

  @Mutation(() => RectificationItem, {
    description: '待整改 → 整改中 → 已整改 (may skip 整改中); backwards or unchanged: INVALID_TRANSITION',
  })
  setRectificationStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => RectificationStatus) status: RectificationStatus,
    @Ctx() ctx: GraphQLContext,
    @Arg('expectedVersion', () => Int, { nullable: true, description: EXPECTED_VERSION_DESCRIPTION })
    expectedVersion?: number,
  ): Promise<RectificationItem> {
    return setRectificationStatus(ctx, toId(id), status, expectedVersion);
  }
}
