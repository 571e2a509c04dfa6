import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { accessRules, decide } from './access';
import type { GraphQLContext } from './context';

/**
 * Who may read an attachment is whoever may read the record that holds it: each kind of owner
 * (a proposal, an opinion report, an activity …) says so here. The composition root registers
 * them (apps/server/src/app/attachment-owners.ts); the file routes and the `attachments` query
 * ask, and answer as if the file did not exist when the answer is no.
 */
export interface AttachmentOwner {
  mayRead(ctx: GraphQLContext, ownerId: number): Promise<boolean>;
  /** The owning rows' entity: files whose row is gone (a withdrawn proposal) are swept. */
  entity?: EntityTarget<ObjectLiteral>;
}

const OWNERS = new Map<string, AttachmentOwner>();

export function registerAttachmentOwner(ownerType: string, owner: AttachmentOwner): void {
  if (OWNERS.has(ownerType)) throw new Error(`attachment owner ${ownerType} registered twice`);
  OWNERS.set(ownerType, owner);
}

export function isAttachmentOwner(ownerType: string): boolean {
  return OWNERS.has(ownerType);
}

/** Owner types whose rows the sweep can look up, with their entity. */
export function ownerEntities(): [string, EntityTarget<ObjectLiteral>][] {
  return [...OWNERS].flatMap(([type, owner]) =>
    owner.entity ? [[type, owner.entity] as [string, EntityTarget<ObjectLiteral>]] : [],
  );
}

/** False for an owner type nobody registered: a file of an unknown owner is nobody's to read. */
export async function mayReadOwner(ctx: GraphQLContext, ownerType: string, ownerId: number): Promise<boolean> {
  const owner = OWNERS.get(ownerType);
  return owner ? owner.mayRead(ctx, ownerId) : false;
}

/**
 * The usual owner: a record readable exactly when its single-record query (`readOperation`,
 * e.g. `proposal`) lets the caller through the access rule and its row scope returns the row.
 */
export function recordOwner<E extends ObjectLiteral & { id: number }>(
  entity: EntityTarget<E>,
  readOperation: string,
): AttachmentOwner {
  return {
    entity,
    async mayRead(ctx, ownerId) {
      if (decide(accessRules().get(readOperation), ctx.viewer) !== 'allow') return false;
      return (await ctx.loaders.byId(entity).load(ownerId)) != null;
    },
  };
}
