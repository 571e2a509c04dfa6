import type { DataSource, EntityMetadata } from 'typeorm';
import { classifyColumn, type ValueKind } from './values';

export interface ColumnPlan {
  name: string;
  kind: ValueKind;
}

export interface ForeignKeyPlan {
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
}

export interface TablePlan {
  table: string;
  columns: ColumnPlan[];
  /** Primary key columns, in order (rows are dumped in this order). */
  primaryKey: string[];
  /** The single integer primary key filled by a sequence (AUTOINCREMENT / AUTO_INCREMENT), if any. */
  sequenceColumn: string | null;
  foreignKeys: ForeignKeyPlan[];
}

function columnPlan(column: EntityMetadata['columns'][number]): ColumnPlan {
  return { name: column.databaseName, kind: classifyColumn(column.type) };
}

function planFor(metadata: EntityMetadata): TablePlan {
  const columns = metadata.columns.filter((c) => !c.isVirtual && !c.isVirtualProperty).map(columnPlan);
  // One entry per database column (a relation's join column may also be declared as a plain column).
  const seen = new Set<string>();
  const unique = columns.filter((c) => (seen.has(c.name) ? false : (seen.add(c.name), true)));
  const primary = metadata.primaryColumns.map((c) => c.databaseName);
  const generated =
    metadata.primaryColumns.length === 1 && metadata.primaryColumns[0].generationStrategy === 'increment'
      ? metadata.primaryColumns[0].databaseName
      : null;
  return {
    table: metadata.tableName,
    columns: unique,
    primaryKey: primary,
    sequenceColumn: generated,
    foreignKeys: metadata.foreignKeys.map((fk) => ({
      columns: fk.columnNames,
      referencedTable: fk.referencedEntityMetadata.tableName,
      referencedColumns: fk.referencedColumnNames,
    })),
  };
}

/**
 * Every table of the entity metadata (so new modules' tables are included without a list to
 * keep), parents before children: a stable topological order over the foreign keys, ties in
 * the order of ENTITIES. Self references are ignored for ordering; a cycle (none today) is
 * broken in ENTITIES order — restore copes with both because it loads with FK checks off.
 */
export function tablePlans(dataSource: DataSource): TablePlan[] {
  const plans = dataSource.entityMetadatas
    .filter((m) => m.tableType !== 'view' && m.tableType !== 'entity-child')
    .map(planFor)
    .filter((p, i, all) => all.findIndex((q) => q.table === p.table) === i);
  const byName = new Map(plans.map((p) => [p.table, p]));
  const ordered: TablePlan[] = [];
  const placed = new Set<string>();
  const pending = [...plans];
  while (pending.length) {
    const ready = pending.findIndex((p) =>
      p.foreignKeys.every(
        (fk) => fk.referencedTable === p.table || placed.has(fk.referencedTable) || !byName.has(fk.referencedTable),
      ),
    );
    const [next] = pending.splice(ready >= 0 ? ready : 0, 1);
    ordered.push(next);
    placed.add(next.table);
  }
  return ordered;
}
