import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { GraphQLContext } from './context';

/** One write of a record, as the guards see it: the row before (null: created) and after (null: deleted). */
export interface GuardedWrite {
  entity: EntityTarget<ObjectLiteral>;
  entityType: string;
  entityId: number;
  action: string;
  before: ObjectLiteral | null;
  after: ObjectLiteral | null;
  /** Years the write touches besides its rows' `year` column (WritePlan.years). */
  years?: number[];
}

/**
 * A check the write path runs on every record it writes, after the write and inside its
 * transaction, so that a refusal (thrown) leaves nothing changed. Modules register theirs (a
 * closed year's records are sealed); the write path knows none of them.
 */
export type WriteGuard = (ctx: GraphQLContext, manager: EntityManager, write: GuardedWrite) => Promise<void>;

const guards: WriteGuard[] = [];

export function addWriteGuard(guard: WriteGuard): void {
  guards.push(guard);
}

export async function runWriteGuards(ctx: GraphQLContext, manager: EntityManager, write: GuardedWrite): Promise<void> {
  for (const guard of guards) await guard(ctx, manager, write);
}
