import type { EntityManager } from 'typeorm';
import { DEFAULT_HANDLING_RULES, handlingRulesErrors, type HandlingRules } from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { assertValid } from '../core/errors';
import { writeAudit } from '../core/audit-log';
import { inTransaction } from '../core/record-store';
import { HandlingRulesRow } from './proposal-handling.entity';
import type { HandlingRulesInput } from './proposal.inputs';

// The county's settings for handling proposals live in one row (id 1); none stored means the defaults.
const ROW_ID = 1;

export async function handlingRules(manager: EntityManager): Promise<HandlingRules> {
  const row = await manager.getRepository(HandlingRulesRow).findOne({ where: { id: ROW_ID } });
  return row
    ? { returnWindowWorkingDays: row.returnWindowWorkingDays, dueSoonDays: row.dueSoonDays }
    : { ...DEFAULT_HANDLING_RULES };
}

/** Replaces the county's settings: one transaction, one audit entry. */
export function setHandlingRules(ctx: GraphQLContext, input: HandlingRulesInput): Promise<HandlingRules> {
  const next = { returnWindowWorkingDays: input.returnWindowWorkingDays, dueSoonDays: input.dueSoonDays };
  assertValid(handlingRulesErrors(next));
  return inTransaction(ctx, async (manager) => {
    const before = await handlingRules(manager);
    await manager.getRepository(HandlingRulesRow).save({ id: ROW_ID, ...next });
    await writeAudit(manager, ctx, {
      action: 'SET_HANDLING_RULES',
      entityType: 'HandlingRules',
      entityId: ROW_ID,
      before,
      after: next,
    });
    return next;
  });
}
