import { Arg, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import type { GraphQLContext } from '../core/context';
import { ADMIN_ONLY, allow, read } from '../core/access';
import { IdFilter, listRecords, type BaseFilter, type ListSpec } from '../core/list-query';
import { ListType, PageInput, SortInputType, type ListResult, type SortSpec } from '../core/pagination';
import { toId } from '../core/record-store';
import { countyOnlyScope, defineScope } from '../core/scope';
import { DateTimeScalar } from '../core/scalars';
import { maskSnapshot } from '../core/personal-data';
import { AuditEntry } from '../core/audit-entry.entity';
import { User } from '../users/user.entity';

defineScope(AuditEntry, countyOnlyScope());

enum AuditEntrySortField {
  ID = 'ID',
  AT = 'AT',
}
registerEnumType(AuditEntrySortField, { name: 'AuditEntrySortField' });

@InputType()
class AuditEntryFilter implements BaseFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text search in actor name, entity type and id' })
  q?: string;

  // Or an API token's id: both are county-only records, and only county-wide callers list the audit trail.
  @IdFilter(() => User, 'The acting user or token id')
  actorId?: string;

  @Field(() => String, { nullable: true, description: 'user or token' })
  actorKind?: string;

  @Field(() => String, { nullable: true })
  entityType?: string;

  @Field(() => String, { nullable: true })
  entityId?: string;

  @Field(() => String, { nullable: true })
  action?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'From this instant (inclusive)' })
  from?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Before this instant (exclusive)' })
  to?: Date;
}

const AuditEntryList = ListType(AuditEntry, 'AuditEntryList');
const AuditEntrySort = SortInputType(AuditEntrySortField, 'AuditEntrySort');

const spec: ListSpec<AuditEntry, AuditEntryFilter, AuditEntrySortField> = {
  alias: 'e',
  filterType: AuditEntryFilter,
  searchColumns: ['actorName', 'entityType', 'entityId'],
  sortColumns: { ID: 'id', AT: 'at' },
  applyFilter(qb, f) {
    if (f.actorId) qb.andWhere('e.actorId = :actorId', { actorId: toId(f.actorId, 'filter.actorId') });
    for (const key of ['actorKind', 'entityType', 'entityId', 'action'] as const) {
      if (f[key]) qb.andWhere(`e.${key} = :${key}`, { [key]: f[key] });
    }
    if (f.from) qb.andWhere('e.at >= :from', { from: f.from });
    if (f.to) qb.andWhere('e.at < :to', { to: f.to });
  },
};

allow({ auditEntries: read(ADMIN_ONLY), auditEntry: read(ADMIN_ONLY) });

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryList, { description: 'The audit trail, newest last unless sorted (admins only)' })
  auditEntries(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => AuditEntryFilter, { nullable: true }) filter?: AuditEntryFilter,
    @Arg('sort', () => [AuditEntrySort], { nullable: true }) sort?: SortSpec<AuditEntrySortField>[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ): Promise<ListResult<AuditEntry>> {
    return listRecords(ctx, AuditEntry, spec, { filter, sort, page });
  }

  @Query(() => AuditEntry, { nullable: true })
  auditEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<AuditEntry | null> {
    return ctx.loaders.byId(AuditEntry).load(toId(id));
  }

  // Snapshots hold whole records: their personal fields are masked as the record's own would be.
  @FieldResolver(() => String, {
    nullable: true,
    description: 'JSON of the record before the change; personal fields masked as on the record itself',
  })
  before(@Root() entry: AuditEntry, @Ctx() ctx: GraphQLContext): string | null {
    return maskSnapshot(ctx.viewer, entry.entityType, entry.before);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'JSON of the record after the change; personal fields masked as on the record itself',
  })
  after(@Root() entry: AuditEntry, @Ctx() ctx: GraphQLContext): string | null {
    return maskSnapshot(ctx.viewer, entry.entityType, entry.after);
  }
}
