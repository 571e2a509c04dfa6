import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/** How long another instance's change to reference data may take to show here. */
export const REFERENCE_TTL_MS = 5000;

interface Entry {
  loadedAt: number;
  rows: Promise<Map<number, ObjectLiteral>>;
  /** The same rows once loaded, for synchronous reads. */
  loaded?: Map<number, ObjectLiteral>;
}

/**
 * Small reference tables (townships, sectors, handling units) that nearly every list nests,
 * held per process for a few seconds: a page of members then costs two statements, not four.
 * Writes through the record store drop the entry at once; other instances see them within the TTL.
 */
class ReferenceCache {
  private readonly entries = new WeakMap<DataSource, Map<unknown, Entry>>();

  private tableOf(db: DataSource): Map<unknown, Entry> {
    let table = this.entries.get(db);
    if (!table) this.entries.set(db, (table = new Map()));
    return table;
  }

  rows<E extends ObjectLiteral & { id: number }>(
    db: DataSource,
    entity: EntityTarget<E>,
    now = Date.now(),
  ): Promise<Map<number, E>> {
    const table = this.tableOf(db);
    const entry = table.get(entity);
    if (entry && now - entry.loadedAt < REFERENCE_TTL_MS) return entry.rows as Promise<Map<number, E>>;
    const rows = db
      .getRepository(entity)
      .find()
      .then((list) => new Map(list.map((r) => [r.id, r as ObjectLiteral])));
    // A failed load is not kept: the next request asks the database again.
    const entry2: Entry = { loadedAt: now, rows };
    rows.then((loaded) => (entry2.loaded = loaded)).catch(() => table.delete(entity));
    table.set(entity, entry2);
    return rows as Promise<Map<number, E>>;
  }

  /** The fresh, already loaded rows, or undefined (then read through rows()). */
  peek<E extends ObjectLiteral>(db: DataSource, entity: EntityTarget<E>, now = Date.now()): Map<number, E> | undefined {
    const entry = this.entries.get(db)?.get(entity);
    return entry?.loaded && now - entry.loadedAt < REFERENCE_TTL_MS ? (entry.loaded as Map<number, E>) : undefined;
  }

  invalidate(db: DataSource, entity: EntityTarget<ObjectLiteral>): void {
    this.entries.get(db)?.delete(entity);
  }
}

export const referenceCache = new ReferenceCache();
