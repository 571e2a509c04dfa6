// Duty rules (履职规则) of a year: the set in force and the form's checks (the analytics
// package's validateDutyRules, the server's own), keyed like the form (`rules.0.minCount`).
import { validateDutyRules } from '@cppcc/analytics';
import { DutyRuleKey, ProposalDutyBasis } from '@cppcc/domain';
import { enumValue } from '../common/enumValue';
import type { DutyRuleSpecInput, MemberDutyQuery } from '../gql/graphql';
import { formFieldOf } from '../graphql';
import { graphql } from '../gql';

export interface DutyRuleSpec {
  key: string;
  label?: string;
  minCount: number;
  points: number;
  proposalBasis?: string | null;
  description?: string | null;
}

export const DUTY_RULE_SET_QUERY = graphql(`
  query DutyRuleSet($year: Int!) {
    dutyRuleSet(year: $year) {
      year
      isDefault
      proposalBasis
      rules {
        key
        label
        minCount
        points
        proposalBasis
        description
      }
    }
  }
`);
export const SET_DUTY_RULES = graphql(`
  mutation SetDutyRules($year: Int!, $rules: [DutyRuleSpecInput!]!) {
    setDutyRules(year: $year, rules: $rules) {
      year
      isDefault
      proposalBasis
      rules {
        key
        label
        minCount
        points
        proposalBasis
        description
      }
    }
  }
`);

export type MemberDuty = MemberDutyQuery['memberDuty'][number];

export const MEMBER_DUTY_QUERY = graphql(`
  query MemberDuty($year: Int!, $townshipId: ID) {
    memberDuty(year: $year, townshipId: $townshipId) {
      memberId
      memberName
      townshipId
      allMet
      missed
      points
      rules {
        key
        label
        actual
        minCount
        met
        points
      }
    }
  }
`);

/** Form rows as typed: numbers, empty description left out. */
function ruleRows(
  rules: readonly Partial<DutyRuleSpec>[] | undefined,
): { key: string; minCount: number; points: number; description?: string }[] {
  return (rules ?? []).map((r) => ({
    key: String(r.key ?? ''),
    minCount: r.minCount == null || (r.minCount as unknown) === '' ? Number.NaN : Number(r.minCount),
    points: r.points == null || (r.points as unknown) === '' ? Number.NaN : Number(r.points),
    ...(r.description?.trim() ? { description: r.description.trim() } : {}),
  }));
}

/** Form rows → DutyRuleSpecInput (sent once dutyRuleErrors is empty); the year's proposal basis goes on the PROPOSAL rule only. */
export function toRuleInputs(
  rules: readonly Partial<DutyRuleSpec>[] | undefined,
  proposalBasis?: string | null,
): DutyRuleSpecInput[] {
  const basis = enumValue(ProposalDutyBasis, proposalBasis);
  return ruleRows(rules).flatMap(({ key: value, ...row }) => {
    const key = enumValue(DutyRuleKey, value);
    return key ? [{ key, ...row, ...(key === DutyRuleKey.PROPOSAL && basis ? { proposalBasis: basis } : {}) }] : [];
  });
}

/** Errors keyed by form path; empty when valid. */
export function dutyRuleErrors(rules: readonly Partial<DutyRuleSpec>[] | undefined): Record<string, string> {
  const errors: Record<string, string> = {};
  const inputs = ruleRows(rules);
  inputs.forEach((r, i) => {
    if (!r.key) errors[`rules.${i}.key`] = '请选择规则';
  });
  for (const e of validateDutyRules(inputs.filter((r) => r.key))) {
    const key = formFieldOf(e.field);
    if (!(key in errors)) errors[key] = e.message;
  }
  return errors;
}

/** Members of a duty list as CSV rows (名单 for the annual review). */
export function memberDutyCsvRows(
  list: readonly MemberDuty[],
  townshipName: (id: string) => string,
): (string | number)[][] {
  return list.map((m) => [
    m.memberName,
    townshipName(m.townshipId),
    ...m.rules.map((r) => `${r.actual}/${r.minCount}${r.met ? '' : '（未达标）'}`),
    m.points,
    m.allMet ? '达标' : '未达标',
  ]);
}
