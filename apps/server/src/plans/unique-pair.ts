import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { FieldError } from '@cppcc/domain';
import { isUniqueViolation } from '../core/db-errors';
import { badInput } from '../core/errors';

export interface UniquePair<E> {
  columns: readonly [keyof E & string, keyof E & string];
  field: string;
  message: string;
}

/** BAD_USER_INPUT when another record has the same pair (a township's plan for a year, a year's rule for a key). */
export async function uniquePairErrors<E extends ObjectLiteral & { id: number }>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  record: E,
  pair: UniquePair<E>,
): Promise<FieldError[]> {
  const [a, b] = pair.columns;
  if (record[a] == null || record[b] == null) return [];
  const clash = await manager
    .getRepository(entity)
    .findOne({ where: { [a]: record[a], [b]: record[b] } as never, select: { id: true } as never });
  return clash && clash.id !== record.id ? [{ field: pair.field, message: pair.message }] : [];
}

/** The same refusal when a concurrent writer got there between the check and the insert (unique index). */
export async function refusingDuplicates<T>(work: Promise<T>, pair: UniquePair<never>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isUniqueViolation(error)) throw badInput([{ field: pair.field, message: pair.message }]);
    throw error;
  }
}
