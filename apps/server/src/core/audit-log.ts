import type { EntityManager } from 'typeorm';
import type { GraphQLContext } from './context';
import { isPrincipal } from './viewer';
import { AuditEntry } from './audit-entry.entity';

/** Secrets never reach the audit trail. */
const REDACTED = new Set(['passwordHash', 'tokenHash']);

export function snapshot(record: object | null | undefined): string | null {
  if (!record) return null;
  const plain = Object.fromEntries(
    Object.entries(record).filter(
      ([key, value]) => !REDACTED.has(key) && !key.endsWith('Ref') && typeof value !== 'function',
    ),
  );
  return JSON.stringify(plain);
}

export interface AuditEvent {
  action: string;
  entityType: string;
  entityId: string | number | null;
  before?: object | null;
  after?: object | null;
}

/** Appends one entry through the caller's transaction manager, so it commits or rolls back with the change. */
export async function writeAudit(
  manager: EntityManager,
  ctx: Pick<GraphQLContext, 'viewer' | 'requestId' | 'clientAddress'>,
  event: AuditEvent,
): Promise<void> {
  const viewer = ctx.viewer;
  await manager.getRepository(AuditEntry).insert({
    at: new Date(),
    actorKind: viewer.kind,
    actorId: isPrincipal(viewer) ? viewer.id : null,
    actorName: isPrincipal(viewer) ? viewer.name : null,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId == null ? null : String(event.entityId),
    before: snapshot(event.before),
    after: snapshot(event.after),
    requestId: ctx.requestId,
    clientAddress: ctx.clientAddress?.slice(0, 64) ?? null,
  });
}
