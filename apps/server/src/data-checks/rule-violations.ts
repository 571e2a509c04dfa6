import type { DataSource, EntityManager } from 'typeorm';
import { activityKindViolations } from '../activities/activity-check';
import type { RuleViolationRow } from './rule-violation';

/**
 * Checks of stored rows against rules the write path enforces today (rows written before a rule,
 * imported raw or restored from an old backup may break it). `npm run migrate` prints them after
 * migrating, county admins query them (ruleViolations); neither changes any data.
 */
const CHECKS: readonly ((db: DataSource | EntityManager) => Promise<RuleViolationRow[]>)[] = [activityKindViolations];

export async function ruleViolations(db: DataSource | EntityManager): Promise<RuleViolationRow[]> {
  return (await Promise.all(CHECKS.map((check) => check(db)))).flat();
}

/** The lines `npm run migrate` prints: a count, then one line per finding. */
export function ruleViolationReport(found: readonly RuleViolationRow[]): string[] {
  if (!found.length) return ['data check: no stored record breaks a current rule'];
  return [
    `data check: ${found.length} finding(s) in stored records (nothing was changed; correct them in the console or by updateX):`,
    ...found.map((v) => `  ${v.rule} ${v.entityType} #${v.entityId} ${v.field}: ${v.message}`),
  ];
}
