import { type DeepPartial, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { mayChangeField, type FieldError, type FieldWriters } from '@cppcc/domain';
import { apiError, assertValid, badInput, conflict, notFound } from './errors';
import { isUniqueViolation } from './db-errors';
import type { GraphQLContext } from './context';
import { assertCanWrite } from './scope';
import { isPrincipal, type Viewer } from './viewer';
import { isMysql } from './data-source';
import { referenceCache } from './reference-cache';
import { writeAudit } from './audit-log';
import { runWriteGuards, type GuardedWrite } from './write-guards';

/** The audit trail's name for an entity: its class name (Member, Township …). */
export function entityTypeName(entity: EntityTarget<ObjectLiteral>): string {
  return typeof entity === 'function' ? entity.name : String(entity);
}

export interface Unique<E> {
  column: keyof E & string;
  /** Columns the uniqueness holds within (an edition number is unique per year). */
  within?: (keyof E & string)[];
  field: string;
  message: string;
}

export interface RecordRules<E> {
  /** Chinese name of the entity, for messages. */
  label: string;
  /** Field-level problems of the record as it would be stored (after a patch is applied). */
  validate(record: E, manager: EntityManager, before: E | null): Promise<FieldError[]> | FieldError[];
  unique?: Unique<E>[];
  /** Years a write of the record touches besides its `year` column (a member's joining date moves their years). */
  years?(before: E | null, after: E): number[];
  /** Columns only some writers may change (e.g. a township's identity: the county's). */
  writers?: FieldWriters;
}

/** Same stored value: null and undefined alike, dates by instant, numbers and their text alike. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a == null || b == null) return a == null && b == null;
  const plain = (v: unknown) => (v instanceof Date ? v.getTime() : v);
  return String(plain(a)) === String(plain(b));
}

/**
 * FORBIDDEN, naming the field, when the record as it would be differs from the record as it was
 * (nothing, on create) in a column the caller's role may not change. A value sent unchanged —
 * as a whole edit form sends it — is no change.
 */
function assertMayChangeFields<E extends ObjectLiteral>(
  viewer: Viewer,
  rules: RecordRules<E>,
  before: E | null,
  record: E,
): void {
  if (!rules.writers || !isPrincipal(viewer)) return;
  for (const field of Object.keys(rules.writers)) {
    if (sameValue(before?.[field], record[field]) || mayChangeField(rules.writers, viewer.role, field)) continue;
    throw apiError('FORBIDDEN', `无权修改${rules.label}的此项信息（${field}），请联系县政协办公室`, {
      field: `input.${field}`,
    });
  }
}

/** Drops absent (undefined) patch keys so that "not given" means "unchanged"; null clears. */
export function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function toId(value: string | number, field = 'id'): number {
  const id = Number(value);
  assertValid(
    Number.isSafeInteger(id) && id > 0 ? [] : [{ field, message: `id 必须是正整数：${JSON.stringify(value)}` }],
  );
  return id;
}

async function checkUnique<E extends ObjectLiteral & { id: number }>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  record: E,
  uniques: Unique<E>[] = [],
): Promise<void> {
  for (const u of uniques) {
    const clash = await manager.getRepository(entity).findOne({
      where: Object.fromEntries([u.column, ...(u.within ?? [])].map((c) => [c, record[c]])) as never,
      select: { id: true } as never,
    });
    if (clash && clash.id !== record.id) throw badInput([{ field: u.field, message: u.message }]);
  }
}

const sqliteTail = new WeakMap<object, Promise<unknown>>();

/**
 * Runs the writes of one mutation in one transaction; nothing is half-applied. SQLite has one
 * connection per process, so its transactions queue here one after another: interleaved, a
 * second BEGIN would nest in the first and share its fate on rollback.
 */
export function inTransaction<T>(
  ctx: Pick<GraphQLContext, 'db' | 'tx'>,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  if (ctx.tx) return work(ctx.tx);
  if (isMysql(ctx.db)) return ctx.db.transaction(work);
  const run = (sqliteTail.get(ctx.db) ?? Promise.resolve()).then(() => ctx.db.transaction(work));
  sqliteTail.set(
    ctx.db,
    run.catch(() => undefined),
  );
  return run;
}

/** Runs a write, then drops the entity's cached reference rows (after commit, not before). */
async function thenInvalidate<T>(
  ctx: Pick<GraphQLContext, 'db'>,
  entity: EntityTarget<ObjectLiteral>,
  write: Promise<T>,
): Promise<T> {
  try {
    return await write;
  } finally {
    referenceCache.invalidate(ctx.db, entity);
  }
}

function mapUnique<E>(error: unknown, rules: RecordRules<E>): never {
  if (isUniqueViolation(error) && rules.unique?.length) {
    throw badInput(rules.unique.map((u) => ({ field: u.field, message: u.message })));
  }
  throw error;
}

export async function createRecord<E extends ObjectLiteral & { id: number }>(
  ctx: GraphQLContext,
  entity: EntityTarget<E>,
  values: DeepPartial<E>,
  rules: RecordRules<E>,
  after?: (saved: E, manager: EntityManager) => Promise<void>,
): Promise<E> {
  try {
    return await thenInvalidate(
      ctx,
      entity,
      inTransaction(ctx, async (manager) => {
        const repo = manager.getRepository(entity);
        const record = repo.create(values);
        assertCanWrite(ctx.viewer, entity, record);
        assertMayChangeFields(ctx.viewer, rules, null, record);
        assertValid(await rules.validate(record, manager, null));
        await checkUnique(manager, entity, record, rules.unique);
        const saved = await repo.save(record);
        await after?.(saved, manager);
        const stored = (await repo.findOneByOrFail({ id: saved.id } as never)) as E;
        await runWriteGuards(ctx, manager, {
          ...guarded(entity, stored.id, 'CREATE', null, stored),
          years: rules.years?.(null, stored),
        });
        await writeAudit(manager, ctx, {
          action: 'CREATE',
          entityType: entityTypeName(entity),
          entityId: stored.id,
          after: stored,
        });
        return stored;
      }),
    );
  } catch (error) {
    return mapUnique(error, rules);
  }
}

/** What a versioned change writes, once its checks pass. */
export interface WritePlan<E> {
  /** Columns of the row (the version is always incremented). */
  changes?: Partial<E>;
  /** Writes to related rows, after the row's version-guarded update. */
  writeRelated?(manager: EntityManager): Promise<void>;
  /** What the audit entry shows beside the row, when related rows changed. */
  auditBefore?: object;
  auditAfter?: object;
  /** Years the change touches besides the row's own `year` (a member's dated history): the write guards see them. */
  years?: number[];
}

export interface VersionedChange<E> {
  /** Chinese name of the entity, for messages. */
  label: string;
  /** Audit action (UPDATE, SET_STATUS, REVIEW …). */
  action: string;
  /** When given and not the row's version: CONFLICT naming the current version, nothing written. */
  expectedVersion?: number | null;
  /** Who may change this row; by default the entity's write scope (assertCanWrite). */
  authorize?(before: E, manager: EntityManager): Promise<void> | void;
  /** Checks the change against the row as it is (throwing refuses) and says what to write. */
  plan(before: E, manager: EntityManager): Promise<WritePlan<E>> | WritePlan<E>;
  /** Records the change (history and audit); by default one audit entry. */
  record?(manager: EntityManager, before: E, after: E, plan: WritePlan<E>): Promise<void>;
}

/**
 * The one write path for a change to an existing versioned row — plain updates, record verbs and
 * workflow steps alike — in one transaction: lock the row (MySQL; SQLite has one writer), check
 * the caller and `expectedVersion`, let the change validate and plan, update with a version bump
 * guarded by the version read (a concurrent writer gets CONFLICT, never a lost update), write
 * related rows, then history/audit. Any refusal throws before the first write; a later failure
 * rolls everything back.
 */
export async function changeRecord<E extends ObjectLiteral & { id: number; version: number }>(
  ctx: GraphQLContext,
  entity: EntityTarget<E>,
  id: number,
  change: VersionedChange<E>,
): Promise<E> {
  return thenInvalidate(
    ctx,
    entity,
    inTransaction(ctx, async (manager) => {
      const repo = manager.getRepository(entity);
      // MySQL: concurrent writers queue on the lock instead of failing on the version check.
      const before = isMysql(ctx.db)
        ? await repo.findOne({ where: { id } as never, lock: { mode: 'pessimistic_write' } })
        : await repo.findOneBy({ id } as never);
      if (!before) throw notFound(change.label, id);
      if (change.authorize) await change.authorize(before, manager);
      else assertCanWrite(ctx.viewer, entity, before);
      const staleMessage = `${change.label}已被他人修改（当前版本 ${before.version}），请刷新后重试`;
      if (change.expectedVersion != null && change.expectedVersion !== before.version) {
        throw conflict(staleMessage, { currentVersion: before.version });
      }
      const plan = await change.plan(before, manager);
      // Every change is a new version, even one that only touches related rows (a roster, attendance).
      const result = await repo
        .createQueryBuilder()
        .update()
        .set({ ...(plan.changes ?? {}), version: () => 'version + 1' } as never)
        .where('id = :id AND version = :version', { id, version: before.version })
        .execute();
      if (result.affected === 0) throw conflict(staleMessage, { currentVersion: before.version });
      await plan.writeRelated?.(manager);
      const after = (await repo.findOneByOrFail({ id } as never)) as E;
      await runWriteGuards(ctx, manager, { ...guarded(entity, id, change.action, before, after), years: plan.years });
      if (change.record) await change.record(manager, before, after, plan);
      else
        await writeAudit(manager, ctx, {
          action: change.action,
          entityType: entityTypeName(entity),
          entityId: id,
          before: plan.auditBefore ? { ...before, ...plan.auditBefore } : before,
          after: plan.auditAfter ? { ...after, ...plan.auditAfter } : after,
        });
      return after;
    }),
  );
}

/** An edit of a record's own fields (XPatch) through the write path, with the record's rules. */
export async function updateRecord<E extends ObjectLiteral & { id: number; version: number }>(
  ctx: GraphQLContext,
  entity: EntityTarget<E>,
  id: number,
  patch: Partial<E>,
  expectedVersion: number | null | undefined,
  rules: RecordRules<E>,
  after?: (saved: E, manager: EntityManager, before: E) => Promise<void>,
): Promise<E> {
  try {
    return await changeRecord(ctx, entity, id, {
      label: rules.label,
      action: 'UPDATE',
      expectedVersion,
      async plan(before, manager) {
        const repo = manager.getRepository(entity);
        const changes = definedOnly(patch);
        const merged = repo.merge(repo.create({ ...before }), changes as DeepPartial<E>);
        // Both as it is and as it would be: an officer cannot move a record out of their township.
        assertCanWrite(ctx.viewer, entity, before, merged);
        assertMayChangeFields(ctx.viewer, rules, before, merged);
        assertValid(await rules.validate(merged, manager, before));
        await checkUnique(manager, entity, merged, rules.unique);
        return {
          changes,
          writeRelated: after && ((m) => after(merged, m, before)),
          years: rules.years?.(before, merged),
        };
      },
    });
  } catch (error) {
    return mapUnique(error, rules);
  }
}

function guarded(
  entity: EntityTarget<ObjectLiteral>,
  entityId: number,
  action: string,
  before: ObjectLiteral | null,
  after: ObjectLiteral | null,
): GuardedWrite {
  return { entity, entityType: entityTypeName(entity), entityId, action, before, after };
}

/**
 * The write guards for a write made outside the functions above (a proposal's submission and
 * withdrawal, a year's rule set or scheme replaced as a whole), inside its transaction.
 */
export function guardWrite(
  ctx: GraphQLContext,
  manager: EntityManager,
  write: Omit<GuardedWrite, 'entityType'>,
): Promise<void> {
  return runWriteGuards(ctx, manager, { ...write, entityType: entityTypeName(write.entity) });
}

/** Hard delete for records nothing refers to; `guard` names what still refers to it. */
export async function deleteRecord<E extends ObjectLiteral & { id: number }>(
  ctx: GraphQLContext,
  entity: EntityTarget<E>,
  id: number,
  label: string,
  guard?: (manager: EntityManager) => Promise<string | null>,
): Promise<boolean> {
  return thenInvalidate(
    ctx,
    entity,
    inTransaction(ctx, async (manager) => {
      const repo = manager.getRepository(entity);
      const record = await repo.findOneBy({ id } as never);
      if (!record) throw notFound(label, id);
      assertCanWrite(ctx.viewer, entity, record);
      const blocker = await guard?.(manager);
      if (blocker) throw conflict(`${label}「${String(record.name ?? id)}」仍有${blocker}，不能删除`);
      await repo.delete(id);
      await runWriteGuards(ctx, manager, guarded(entity, id, 'DELETE', record, null));
      await writeAudit(manager, ctx, {
        action: 'DELETE',
        entityType: entityTypeName(entity),
        entityId: id,
        before: record,
      });
      return true;
    }),
  );
}

/** Archives a record with history (members, units): it stays countable but leaves the lists. */
export async function archiveRecord<E extends ObjectLiteral & { id: number; archivedAt: Date | null }>(
  ctx: GraphQLContext,
  entity: EntityTarget<E>,
  id: number,
  label: string,
  extra: Partial<E> = {},
): Promise<boolean> {
  return thenInvalidate(
    ctx,
    entity,
    inTransaction(ctx, async (manager) => {
      const repo = manager.getRepository(entity);
      const record = await repo.findOneBy({ id } as never);
      if (!record) throw notFound(label, id);
      assertCanWrite(ctx.viewer, entity, record);
      if (record.archivedAt) return true;
      await repo
        .createQueryBuilder()
        .update()
        .set({ archivedAt: new Date(), ...extra } as never)
        .where('id = :id', { id })
        .execute();
      const archived = await repo.findOneBy({ id } as never);
      await runWriteGuards(ctx, manager, guarded(entity, id, 'ARCHIVE', record, archived));
      await writeAudit(manager, ctx, {
        action: 'ARCHIVE',
        entityType: entityTypeName(entity),
        entityId: id,
        before: record,
        after: archived,
      });
      return true;
    }),
  );
}

/** BAD_USER_INPUT when a referenced record does not exist (unknown sectorId, townshipId …). */
export async function referenceExists(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  id: number | null | undefined,
  field: string,
  label: string,
): Promise<FieldError[]> {
  if (id == null) return [];
  const found =
    Number.isSafeInteger(Number(id)) && (await manager.getRepository(entity).exists({ where: { id: Number(id) } }));
  return found ? [] : [{ field, message: `${label} ${id} 不存在` }];
}
