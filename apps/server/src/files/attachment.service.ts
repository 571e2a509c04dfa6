import { createHash } from 'node:crypto';
import { In, IsNull, LessThan, type DataSource, type EntityManager } from 'typeorm';
import { ALLOWED_FILE_KINDS, cleanFileName, fileKindOf, looksLikeZip, type FieldError } from '@cppcc/domain';
import { isAttachmentOwner, mayReadOwner, ownerEntities } from '../core/attachment-owners';
import type { GraphQLContext } from '../core/context';
import { apiError, badInput } from '../core/errors';
import { isFileKey, newFileKey, type FileStore } from '../core/file-store';
import { writeAudit } from '../core/audit-log';
import { inTransaction } from '../core/record-store';
import { isPrincipal } from '../core/viewer';
import { logger } from '../core/logger';
import { Attachment } from './attachment.entity';
import { InflationLimitError } from './inflation';
import { checkZip, type ZipLimits } from './zip-limits';

/** How far an Office attachment may inflate while its entries are read (files/zip-limits.ts). */
const OFFICE_LIMITS: ZipLimits = {
  maxEntries: 5000,
  maxEntryBytes: 200 * 1024 * 1024,
  maxTotalBytes: 400 * 1024 * 1024,
  maxRatio: 200,
};

/** Unbound uploads older than this are swept (sweepUnboundAttachments). */
export const UNBOUND_TTL_MS = 24 * 3600 * 1000;

const refuse = (message: string) => apiError('BAD_USER_INPUT', message, { field: 'file' });

/** The name and recognised type of an upload, or BAD_USER_INPUT on field `file`. */
export async function checkUpload(bytes: Buffer, rawName: string): Promise<{ fileName: string; mimeType: string }> {
  const fileName = cleanFileName(rawName);
  if (!fileName) throw refuse('请在请求头 x-file-name 中给出文件名（encodeURIComponent 编码）');
  if (bytes.length === 0) throw refuse('上传的文件是空的');
  let entries: string[] | null = null;
  if (looksLikeZip(bytes)) {
    try {
      entries = (await checkZip(bytes, OFFICE_LIMITS, `附件「${fileName}」`)).map((e) => e.name);
    } catch (error) {
      if (error instanceof InflationLimitError) throw refuse(error.message);
      throw error;
    }
  }
  const kind = fileKindOf(bytes, fileName, entries);
  if (!kind) throw refuse(`不支持的文件类型：「${fileName}」的内容不是允许的类型。允许上传：${ALLOWED_FILE_KINDS}`);
  return { fileName, mimeType: kind.mimeType };
}

/** The `x-file-name` header: percent-encoded UTF-8; a malformed encoding is the caller's mistake. */
export function decodeFileNameHeader(header: string | undefined): string {
  if (!header) return '';
  try {
    return decodeURIComponent(header);
  } catch {
    throw refuse('请求头 x-file-name 的编码无效，应为 encodeURIComponent 编码的文件名');
  }
}

/**
 * Stores an upload under a new random key and records it unbound, uploaded by the caller.
 * The bytes are written first: a failure after that leaves an orphan file, never a row
 * without its file.
 */
export async function storeUpload(
  ctx: GraphQLContext,
  store: FileStore,
  bytes: Buffer,
  rawName: string,
): Promise<Attachment> {
  if (!isPrincipal(ctx.viewer)) throw apiError('UNAUTHENTICATED', '请先登录');
  const viewer = ctx.viewer;
  const { fileName, mimeType } = await checkUpload(bytes, rawName);
  const key = newFileKey();
  await store.put(key, bytes);
  try {
    return await inTransaction(ctx, async (manager) => {
      const repo = manager.getRepository(Attachment);
      const saved = await repo.save(
        repo.create({
          key,
          ownerType: null,
          ownerId: null,
          fileName,
          mimeType,
          size: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          uploadedByKind: viewer.kind,
          uploadedById: viewer.id,
          uploadedAt: new Date(),
        }),
      );
      await writeAudit(manager, ctx, { action: 'UPLOAD', entityType: 'Attachment', entityId: saved.id, after: saved });
      return saved;
    });
  } catch (error) {
    await store.delete(key).catch(() => {});
    throw error;
  }
}

function uploadedBy(ctx: GraphQLContext, a: Attachment): boolean {
  return isPrincipal(ctx.viewer) && a.uploadedByKind === ctx.viewer.kind && a.uploadedById === ctx.viewer.id;
}

/**
 * Binds the caller's unbound uploads to the record that now holds them, inside that record's
 * write transaction (`manager`): a refusal rolls the record back too. Ids that do not exist,
 * that someone else uploaded or that another record holds already are BAD_USER_INPUT naming
 * the field (`input.attachmentIds[1]`), all alike, so nothing is revealed about them.
 */
export async function bindAttachments(
  manager: EntityManager,
  ctx: GraphQLContext,
  ids: readonly (string | number)[] | null | undefined,
  ownerType: string,
  ownerId: number,
  field: string,
): Promise<Attachment[]> {
  if (!ids?.length) return [];
  if (!isAttachmentOwner(ownerType)) throw new Error(`attachment owner ${ownerType} is not registered`);
  const numbers = ids.map((id) => Number(id));
  const valid = numbers.filter((n) => Number.isSafeInteger(n) && n > 0);
  const rows = valid.length ? await manager.getRepository(Attachment).findBy({ id: In(valid) }) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const problems: FieldError[] = [];
  numbers.forEach((n, i) => {
    const row = byId.get(n);
    const at = `${field}[${i}]`;
    if (numbers.indexOf(n) !== i) problems.push({ field: at, message: `附件 ${ids[i]} 重复` });
    else if (
      !row ||
      !uploadedBy(ctx, row) ||
      (row.ownerType != null && !(row.ownerType === ownerType && row.ownerId === ownerId))
    )
      problems.push({ field: at, message: `附件 ${ids[i]} 不存在、不是您上传的或已属于其他记录` });
  });
  if (problems.length) throw badInput(problems);
  const fresh = rows.filter((r) => r.ownerType == null);
  if (fresh.length) {
    // Only rows still unbound: a concurrent bind of the same upload leaves fewer affected rows.
    const result = await manager
      .createQueryBuilder()
      .update(Attachment)
      .set({ ownerType, ownerId })
      .where({ id: In(fresh.map((r) => r.id)), ownerType: IsNull() })
      .execute();
    if (result.affected !== undefined && result.affected !== fresh.length)
      throw badInput([{ field, message: '附件已属于其他记录' }]);
    for (const row of fresh) Object.assign(row, { ownerType, ownerId });
    await writeAudit(manager, ctx, {
      action: 'BIND',
      entityType: 'Attachment',
      entityId: fresh.map((r) => r.id).join(','),
      after: { ownerType, ownerId },
    });
  }
  return numbers.map((n) => byId.get(n)!);
}

/** The attachment under `key` if the caller may read it: their own unbound upload, or one of a record they read. */
export async function readableAttachment(ctx: GraphQLContext, key: string): Promise<Attachment | null> {
  if (!isFileKey(key)) return null;
  const row = await ctx.db.getRepository(Attachment).findOneBy({ key });
  if (!row) return null;
  if (row.ownerType == null || row.ownerId == null) return uploadedBy(ctx, row) ? row : null;
  return (await mayReadOwner(ctx, row.ownerType, row.ownerId)) ? row : null;
}

/** The attachments of a record, oldest first, or null when the caller may not read the record. */
export async function attachmentsOf(
  ctx: GraphQLContext,
  ownerType: string,
  ownerId: number,
): Promise<Attachment[] | null> {
  if (!(await mayReadOwner(ctx, ownerType, ownerId))) return null;
  return ctx.db.getRepository(Attachment).find({ where: { ownerType, ownerId }, order: { id: 'ASC' } });
}

/** Deletes the caller's own unbound upload (the console's 移除 before saving); false when there is none. */
export async function discardAttachment(ctx: GraphQLContext, store: FileStore | null, id: number): Promise<boolean> {
  const row = await ctx.db.getRepository(Attachment).findOneBy({ id });
  if (!row || row.ownerType != null || !uploadedBy(ctx, row)) return false;
  const deleted = await inTransaction(ctx, async (manager) => {
    const result = await manager.getRepository(Attachment).delete({ id, ownerType: IsNull() });
    if (!result.affected) return false;
    await writeAudit(manager, ctx, { action: 'DELETE', entityType: 'Attachment', entityId: id, before: row });
    return true;
  });
  if (deleted && store) await store.delete(row.key).catch(() => {});
  return deleted;
}

/**
 * Removes uploads that were never bound to a record within `ttlMs` (default 24 h), and files
 * whose record is gone (a withdrawn proposal, a unit's part dropped on re-assignment): their
 * rows, then their files. Run at start and every hour by the server (index.ts).
 */
export async function sweepUnboundAttachments(
  db: DataSource,
  store: FileStore,
  now = new Date(),
  ttlMs = UNBOUND_TTL_MS,
): Promise<number> {
  // Rows first, in a transaction of the write queue (on SQLite a bare statement would join
  // whichever transaction holds the connection); the files once that has committed.
  const keys = await inTransaction({ db }, async (manager) => {
    const repo = manager.getRepository(Attachment);
    const stale = await repo.findBy({ ownerType: IsNull(), uploadedAt: LessThan(new Date(now.getTime() - ttlMs)) });
    const gone: string[] = [];
    for (const row of stale) {
      const result = await repo.delete({ id: row.id, ownerType: IsNull() });
      if (result.affected) gone.push(row.key);
    }
    for (const [ownerType, entity] of ownerEntities()) {
      const table = manager.connection.driver.escape(manager.connection.getMetadata(entity).tableName);
      const orphans = await repo
        .createQueryBuilder('a')
        .where('a.ownerType = :ownerType', { ownerType })
        .andWhere(`NOT EXISTS (SELECT 1 FROM ${table} o WHERE o.id = a.ownerId)`)
        .getMany();
      if (orphans.length) await repo.delete(orphans.map((o) => o.id));
      gone.push(...orphans.map((o) => o.key));
    }
    return gone;
  });
  for (const key of keys) await store.delete(key).catch((err) => logger.warn({ err, key }, 'unbound file not deleted'));
  return keys.length;
}
