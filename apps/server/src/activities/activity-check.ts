import type { DataSource, EntityManager } from 'typeorm';
import {
  ACTIVITY_KIND_FIELDS,
  KIND_SPECIFIC_FIELDS,
  ZERO_WHEN_ABSENT,
  misplacedFieldMessage,
  misplacedKindFields,
  type ActivityKind,
  type KindField,
} from '@cppcc/domain';
import type { RuleViolationRow } from '../data-checks/rule-violation';

const TEXT_FIELDS: readonly KindField[] = [
  'meetingKind',
  'consultationScale',
  'topic',
  'reportTitle',
  'submittedTo',
  'outletLevel',
];

/** "The row carries this field" in SQL, as misplacedKindFields reads a value: 0 and '' are not given. */
function givenSql(field: KindField): string {
  if (ZERO_WHEN_ABSENT.includes(field)) return `a.${field} <> 0`;
  if (TEXT_FIELDS.includes(field)) return `(a.${field} IS NOT NULL AND a.${field} <> '')`;
  return `a.${field} IS NOT NULL`;
}

/**
 * Stored activities carrying a field their kind does not (rows written before the rule, or by
 * hand): found in SQL from the domain's table, then named field by field by the same domain
 * function the write path uses. Nothing is changed.
 */
export async function activityKindViolations(db: DataSource | EntityManager): Promise<RuleViolationRow[]> {
  const kinds = Object.keys(ACTIVITY_KIND_FIELDS) as ActivityKind[];
  const params: string[] = [];
  const perKind = kinds.flatMap((kind) => {
    const foreign = KIND_SPECIFIC_FIELDS.filter((f) => !ACTIVITY_KIND_FIELDS[kind].includes(f));
    if (!foreign.length) return [];
    params.push(kind);
    return [`(a.kind = ? AND (${foreign.map(givenSql).join(' OR ')}))`];
  });
  const rows: Record<string, unknown>[] = await db.query(
    `SELECT a.id AS id, a.kind AS kind, a.townshipId AS townshipId, ${KIND_SPECIFIC_FIELDS.map((f) => `a.${f} AS ${f}`).join(', ')}
     FROM activity a WHERE ${perKind.join(' OR ')} ORDER BY a.id`,
    params,
  );
  return rows.flatMap((row) => {
    const values = Object.fromEntries(
      KIND_SPECIFIC_FIELDS.map((f) => [f, ZERO_WHEN_ABSENT.includes(f) ? Number(row[f]) : row[f]]),
    );
    return misplacedKindFields({ kind: row.kind, ...values }).map((field) => ({
      rule: 'ACTIVITY_KIND_FIELDS',
      entityType: 'Activity',
      entityId: Number(row.id),
      townshipId: row.townshipId == null ? null : Number(row.townshipId),
      field,
      message: misplacedFieldMessage(row.kind as ActivityKind, field),
    }));
  });
}
