import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { DemoRecords } from './demo-records';

/**
 * Bound parameters per statement. SQLite allows 32766 per statement (better-sqlite3's build),
 * MySQL 65535; staying under 30000 keeps a few hundred rows of a wide table or thousands of
 * a narrow one in a single multi-row INSERT.
 */
export const MAX_PARAMETERS_PER_INSERT = 30_000;

export interface InsertTiming {
  table: keyof DemoRecords;
  rows: number;
  statements: number;
  ms: number;
}

/**
 * Multi-row INSERTs with explicit ids, chunked so that rows × columns stays under
 * MAX_PARAMETERS_PER_INSERT. The statement is written directly (column list from the entity
 * metadata) and each value converted by the driver exactly as TypeORM converts it (booleans,
 * dates, transformers): the query builder's per-row work made the load about six times slower.
 * Columns absent from the rows (version, createdAt, updatedAt) get their database defaults.
 */
async function insertChunked<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: readonly T[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const { driver } = manager.connection;
  const metadata = manager.connection.getMetadata(entity);
  const keys = Object.keys(rows[0] as object);
  const columns = keys.map((key) => {
    const column = metadata.findColumnWithPropertyName(key);
    if (!column) throw new Error(`${metadata.tableName} has no column for ${key}`);
    return column;
  });
  const head = `INSERT INTO ${driver.escape(metadata.tableName)} (${columns.map((c) => driver.escape(c.databaseName)).join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const chunk = Math.max(1, Math.floor(MAX_PARAMETERS_PER_INSERT / columns.length));
  let statements = 0;
  for (let i = 0; i < rows.length; i += chunk) {
    const slice = rows.slice(i, i + chunk);
    const params: unknown[] = [];
    for (const row of slice) {
      for (let c = 0; c < columns.length; c++) {
        const value = (row as Record<string, unknown>)[keys[c] as string];
        params.push(value === undefined ? null : driver.preparePersistentValue(value, columns[c] as never));
      }
    }
    await manager.query(head + slice.map(() => tuple).join(', '), params);
    statements += 1;
  }
  return statements;
}

/** Inserts every table of the demo records (call inside the demo county's transaction). */
export async function insertDemoRecords(manager: EntityManager, records: DemoRecords): Promise<InsertTiming[]> {
  // Entities by name: the demo never loads the server's entity classes, so it fits whichever copy opened the database.
  const tables: [keyof DemoRecords, string][] = [
    ['proposals', 'Proposal'],
    ['proposalSigners', 'ProposalSigner'],
    ['proposalUnits', 'ProposalUnit'],
    ['proposalEvents', 'ProposalEvent'],
    ['proposalReplies', 'ProposalReply'],
    ['proposalContacts', 'ProposalContact'],
    ['proposalUnitRequests', 'ProposalUnitRequest'],
    ['activities', 'Activity'],
    ['activityParticipants', 'ActivityParticipant'],
    ['opinionReports', 'OpinionReport'],
    ['opinionSubmitters', 'OpinionSubmitter'],
    ['supervisionTargets', 'SupervisionTarget'],
    ['rectificationItems', 'RectificationItem'],
    ['specialSupervisors', 'SpecialSupervisor'],
    ['workPlans', 'WorkPlan'],
    ['workPlanItems', 'WorkPlanItem'],
    ['dutyRules', 'DutyRule'],
    ['dutyReports', 'DutyReport'],
    ['claims', 'Claim'],
  ];
  const timings: InsertTiming[] = [];
  for (const [table, entity] of tables) {
    const started = performance.now();
    const rows = records[table] as readonly ObjectLiteral[];
    const statements = await insertChunked(manager, entity, rows);
    timings.push({ table, rows: rows.length, statements, ms: Math.round(performance.now() - started) });
  }
  return timings;
}
