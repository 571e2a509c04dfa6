import { Field, InputType, Int, ObjectType, type ClassType } from 'type-graphql';
import { SortOrder } from '@cppcc/domain';

@InputType({ description: 'offset ≥ 0, 1 ≤ limit ≤ 500' })
export class PageInput {
  @Field(() => Int, { defaultValue: 0 })
  offset: number;

  @Field(() => Int, { defaultValue: 25 })
  limit: number;
}

export const DEFAULT_PAGE = { offset: 0, limit: 25 };

export interface ListResult<T> {
  nodes: T[];
  totalCount: number;
}

/** `XList { nodes: [X!]!, totalCount: Int! }` for an entity type. */
export function ListType<T extends object>(item: ClassType<T>, name: string): ClassType<ListResult<T>> {
  @ObjectType(name, { simpleResolvers: true })
  class List implements ListResult<T> {
    @Field(() => [item])
    nodes: T[];

    @Field(() => Int)
    totalCount: number;
  }
  return List;
}

export interface SortSpec<F extends string> {
  field: F;
  order?: SortOrder;
}

/** `XSort { field: XSortField!, order: SortOrder = ASC }` for an entity's sort-field enum. */
export function SortInputType<F extends string>(fieldEnum: Record<string, F>, name: string): ClassType<SortSpec<F>> {
  @InputType(name)
  class Sort implements SortSpec<F> {
    @Field(() => fieldEnum)
    field: F;

    @Field(() => SortOrder, { defaultValue: SortOrder.ASC })
    order?: SortOrder;
  }
  return Sort;
}
