import { Arg, Ctx, ID, Int, Mutation, Query, Resolver, type ClassType } from 'type-graphql';
import type { GraphQLContext } from './context';
import { allow, type AccessRule } from './access';
import { toId } from './record-store';
import { ListType, PageInput, SortInputType, type ListResult, type SortSpec } from './pagination';

/** What a registry module's service offers; the resolver only forwards to it. */
export interface CrudService<E, F, I, P, S extends string> {
  get(ctx: GraphQLContext, id: number): Promise<E | null>;
  list(
    ctx: GraphQLContext,
    args: { filter?: F | null; sort?: SortSpec<S>[] | null; page?: PageInput | null },
  ): Promise<ListResult<E>>;
  create(ctx: GraphQLContext, input: I): Promise<E>;
  update(ctx: GraphQLContext, id: number, patch: P, expectedVersion?: number | null): Promise<E>;
  remove(ctx: GraphQLContext, id: number): Promise<boolean>;
}

export interface CrudTypes<E extends object, F extends object, I extends object, P extends object, S extends string> {
  /** GraphQL type name, e.g. 'Member' → member, members, createMember, MemberList, MemberSort … */
  name: string;
  plural: string;
  entity: ClassType<E>;
  filter: ClassType<F>;
  sortField: Record<string, S>;
  input: ClassType<I>;
  patch: ClassType<P>;
  deleteDescription: string;
  /** Who may call which of the five operations (see core/access.ts). */
  access: { read: AccessRule; create: AccessRule; update: AccessRule; delete: AccessRule };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/**
 * The docs/api.md shape of one entity — x(id), xs(filter, sort, page), createX, updateX, deleteX —
 * as a base class; a module's resolver extends it and adds its relation fields.
 */
export function createCrudResolver<
  E extends object,
  F extends object,
  I extends object,
  P extends object,
  S extends string,
>(types: CrudTypes<E, F, I, P, S>, service: CrudService<E, F, I, P, S>) {
  const single = lowerFirst(types.name);
  allow({
    [single]: types.access.read,
    [types.plural]: types.access.read,
    [`create${types.name}`]: types.access.create,
    [`update${types.name}`]: types.access.update,
    [`delete${types.name}`]: types.access.delete,
  });
  const List = ListType(types.entity, `${types.name}List`);
  const Sort = SortInputType(types.sortField, `${types.name}Sort`);

  @Resolver()
  abstract class CrudResolver {
    @Query(() => types.entity, {
      name: single,
      nullable: true,
      description: `null when it does not exist or the caller may not see it`,
    })
    one(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<E | null> {
      const n = Number(id);
      return Number.isSafeInteger(n) && n > 0 ? service.get(ctx, n) : Promise.resolve(null);
    }

    @Query(() => List, { name: types.plural })
    list(
      @Ctx() ctx: GraphQLContext,
      @Arg('filter', () => types.filter, { nullable: true }) filter?: F,
      @Arg('sort', () => [Sort], { nullable: true }) sort?: SortSpec<S>[],
      @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    ): Promise<ListResult<E>> {
      return service.list(ctx, { filter, sort, page });
    }

    @Mutation(() => types.entity, { name: `create${types.name}` })
    create(@Arg('input', () => types.input) input: I, @Ctx() ctx: GraphQLContext): Promise<E> {
      return service.create(ctx, input);
    }

    @Mutation(() => types.entity, {
      name: `update${types.name}`,
      description: 'expectedVersion: fail with CONFLICT instead of overwriting a newer change',
    })
    update(
      @Arg('id', () => ID) id: string,
      @Arg('input', () => types.patch) input: P,
      @Ctx() ctx: GraphQLContext,
      @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number,
    ): Promise<E> {
      return service.update(ctx, toId(id), input, expectedVersion);
    }

    @Mutation(() => Boolean, { name: `delete${types.name}`, description: types.deleteDescription })
    remove(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
      return service.remove(ctx, toId(id));
    }
  }
  return CrudResolver;
}
