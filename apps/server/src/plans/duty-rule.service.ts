import type { EntityManager } from 'typeorm';
import { nonNegativeCount, proposalBasisErrors, rules, workYear, type FieldError } from '@cppcc/domain';
import type { CrudService } from '../core/crud-resolver';
import { listRecords, type ListSpec } from '../core/list-query';
import { createRecord, deleteRecord, definedOnly, updateRecord, type RecordRules } from '../core/record-store';
import { requiredValue } from '../core/required';
import { defineScope, referenceScope } from '../core/scope';
import { DutyRule } from './plan.entity';
import { DutyRuleFilter, DutyRuleSortField, type DutyRuleInput, type DutyRulePatch } from './duty-rule.inputs';
import { refusingDuplicates, uniquePairErrors, type UniquePair } from './unique-pair';

// The county's rules are no secret: every reader of duty records may read them.
defineScope(DutyRule, referenceScope());

const spec: ListSpec<DutyRule, DutyRuleFilter, DutyRuleSortField> = {
  alias: 'd',
  filterType: DutyRuleFilter,
  searchColumns: ['description'],
  sortColumns: { ID: 'id', YEAR: 'year', KEY: 'key' },
  applyFilter(qb, f) {
    if (f.year != null) qb.andWhere('d.year = :year', { year: f.year });
    if (f.key) qb.andWhere('d.key = :key', { key: f.key });
  },
};

const oneRulePerKey: UniquePair<DutyRule> = {
  columns: ['year', 'key'],
  field: 'input.key',
  message: '该年度已有此项履职规则',
};

async function validateDutyRule(r: DutyRule, manager: EntityManager): Promise<FieldError[]> {
  return [
    ...workYear('input.year', r.year),
    ...requiredValue('input.key', r.key, '规则'),
    ...requiredValue('input.minCount', r.minCount, '最低次数'),
    ...nonNegativeCount('input.minCount', r.minCount, '最低次数'),
    ...requiredValue('input.points', r.points, '积分'),
    ...nonNegativeCount('input.points', r.points, '积分'),
    ...proposalBasisErrors(r.key, r.proposalBasis, 'input.proposalBasis'),
    ...rules.optionalText('input.description', r.description, 200, '说明'),
    ...(await uniquePairErrors(manager, DutyRule, r, oneRulePerKey)),
  ];
}

const dutyRuleRules: RecordRules<DutyRule> = { label: '履职规则', validate: validateDutyRule };

export const dutyRuleService: CrudService<DutyRule, DutyRuleFilter, DutyRuleInput, DutyRulePatch, DutyRuleSortField> = {
  get: (ctx, id) => ctx.loaders.byId(DutyRule).load(id),
  list: (ctx, args) => listRecords(ctx, DutyRule, spec, args),
  create: (ctx, input) =>
    refusingDuplicates(
      createRecord(ctx, DutyRule, definedOnly(input) as Partial<DutyRule>, dutyRuleRules),
      oneRulePerKey,
    ),
  update: (ctx, id, patch, expectedVersion) =>
    refusingDuplicates(
      updateRecord(ctx, DutyRule, id, definedOnly(patch) as Partial<DutyRule>, expectedVersion, dutyRuleRules),
      oneRulePerKey,
    ),
  remove: (ctx, id) => deleteRecord(ctx, DutyRule, id, '履职规则'),
};
