import { Field, Int, ObjectType } from 'type-graphql';
import { In, type EntityManager } from 'typeorm';
import { DEFAULT_DUTY_RULES, validateDutyRules } from '@cppcc/analytics';
import {
  DEFAULT_PROPOSAL_DUTY_BASIS,
  DUTY_RULE_KEY_LABELS,
  DutyRuleKey,
  ProposalDutyBasis,
  effectiveProposalBasis,
  proposalBasisErrors,
  rules as text,
  workYear,
  type FieldError,
} from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { assertValid } from '../core/errors';
import { guardWrite, inTransaction } from '../core/record-store';
import { writeAudit } from '../core/audit-log';
import { DutyRule } from './plan.entity';
import type { DutyRuleSpecInput } from './duty-rule.inputs';

@ObjectType('DutyRuleSpec', { description: 'One duty rule in force: a key, its minimum count and its points' })
export class DutyRuleSpecType {
  @Field(() => DutyRuleKey)
  key: DutyRuleKey;

  @Field({ description: 'Chinese name of the rule' })
  label: string;

  @Field(() => Int)
  minCount: number;

  @Field(() => Int)
  points: number;

  @Field(() => ProposalDutyBasis, {
    nullable: true,
    description: 'PROPOSAL: what it counts, 立案 (ACCEPTED) or 提交 (SUBMITTED); null for the other rules',
  })
  proposalBasis: ProposalDutyBasis | null;

  @Field(() => String, { nullable: true })
  description: string | null;
}

@ObjectType({
  description: 'The duty rules in force for a year: its own, or the county default (四个一) when none are stored',
})
export class DutyRuleSet {
  @Field(() => Int)
  year: number;

  @Field({ description: 'true when the year has no rules of its own and the default applies' })
  isDefault: boolean;

  @Field(() => [DutyRuleSpecType])
  rules: DutyRuleSpecType[];

  @Field(() => ProposalDutyBasis, {
    description: 'What the year counts as a member’s proposals: 立案 (ACCEPTED, default) or 提交 (SUBMITTED)',
  })
  proposalBasis: ProposalDutyBasis;
}

const KEY_ORDER: readonly string[] = Object.values(DutyRuleKey);

interface StoredRule {
  key: string;
  minCount: number;
  points: number;
  proposalBasis?: ProposalDutyBasis | null;
  description?: string | null;
}

/** The stored rules in key order, or the county default (@cppcc/analytics) when there are none. */
function ruleSet(year: number, stored: readonly StoredRule[]): DutyRuleSet {
  const specs: readonly StoredRule[] =
    stored.length > 0
      ? [...stored].sort((a, b) => KEY_ORDER.indexOf(a.key) - KEY_ORDER.indexOf(b.key))
      : DEFAULT_DUTY_RULES;
  const rules = specs.map((r) => {
    const key = r.key as DutyRuleKey;
    return {
      key,
      label: DUTY_RULE_KEY_LABELS[key],
      minCount: r.minCount,
      points: r.points,
      proposalBasis: effectiveProposalBasis(key, r.proposalBasis),
      description: r.description ?? null,
    };
  });
  const proposalRule = rules.find((r) => r.key === DutyRuleKey.PROPOSAL);
  return {
    year,
    isDefault: stored.length === 0,
    rules,
    proposalBasis: proposalRule?.proposalBasis ?? DEFAULT_PROPOSAL_DUTY_BASIS,
  };
}

/** The rules in force for several years, in one query. */
export async function dutyRuleSets(
  manager: EntityManager,
  years: readonly number[],
): Promise<Map<number, DutyRuleSet>> {
  const stored = years.length
    ? await manager.getRepository(DutyRule).find({ where: { year: In([...years]) }, order: { id: 'ASC' } })
    : [];
  return new Map(
    years.map((year) => [
      year,
      ruleSet(
        year,
        stored.filter((r) => r.year === year),
      ),
    ]),
  );
}

/** The rules in force for a year, batched per request. */
export function dutyRuleSet(ctx: GraphQLContext, year: number): Promise<DutyRuleSet> {
  return ctx.loaders
    .batch<number, DutyRuleSet>('duty-rule-sets', async (years) => {
      const sets = await dutyRuleSets(ctx.db.manager, years);
      return years.map((y) => sets.get(y)!);
    })
    .load(year);
}

export function dutyRuleSetErrors(year: number, specs: readonly DutyRuleSpecInput[]): FieldError[] {
  return [
    ...workYear('year', year),
    ...(specs.length === 0 ? [{ field: 'rules', message: '至少需要一条履职规则' }] : []),
    ...validateDutyRules(specs),
    ...specs.flatMap((r, i) => proposalBasisErrors(r.key, r.proposalBasis, `rules[${i}].proposalBasis`)),
    ...specs.flatMap((r, i) => text.optionalText(`rules[${i}].description`, r.description, 200, '说明')),
  ];
}

/** Replaces a year's rules as a whole: one transaction, one audit entry. */
export async function setDutyRules(
  ctx: GraphQLContext,
  year: number,
  specs: DutyRuleSpecInput[],
): Promise<DutyRuleSet> {
  assertValid(dutyRuleSetErrors(year, specs));
  return inTransaction(ctx, async (manager) => {
    const repo = manager.getRepository(DutyRule);
    const before = await repo.find({ where: { year }, order: { id: 'ASC' } });
    await repo.delete({ year });
    await repo.insert(
      specs.map((r) => ({
        year,
        key: r.key,
        minCount: r.minCount,
        points: r.points,
        proposalBasis: r.proposalBasis ?? null,
        description: r.description ?? null,
      })),
    );
    const after = await repo.find({ where: { year }, order: { id: 'ASC' } });
    await guardWrite(ctx, manager, {
      entity: DutyRule,
      entityId: year,
      action: 'SET_DUTY_RULES',
      before: null,
      after: null,
      years: [year],
    });
    const plain = (rows: DutyRule[]) =>
      rows.map(({ key, minCount, points, proposalBasis, description }) => ({
        key,
        minCount,
        points,
        proposalBasis,
        description,
      }));
    await writeAudit(manager, ctx, {
      action: 'SET_DUTY_RULES',
      entityType: 'DutyRule',
      entityId: year,
      before: { year, rules: plain(before) },
      after: { year, rules: plain(after) },
    });
    return ruleSet(year, after);
  });
}
