import { describe, expect, it } from 'vitest';
import { DutyRuleKey } from '@cppcc/domain';
import { dutyRuleErrors, memberDutyCsvRows, toRuleInputs } from './dutyRules';

describe('duty rules form', () => {
  it('numbers and optional descriptions', () => {
    expect(
      toRuleInputs([{ key: 'PROPOSAL', minCount: '2' as unknown as number, points: 10, description: ' ' }]),
    ).toEqual([{ key: 'PROPOSAL', minCount: 2, points: 10 }]);
  });
  it('errors keyed by form path, with the analytics package’s messages', () => {
    const errors = dutyRuleErrors([
      { key: 'PROPOSAL', minCount: -1, points: 10 },
      { key: 'PROPOSAL', minCount: 1, points: 5 },
      { key: '', minCount: 1, points: 5 },
    ]);
    expect(errors['rules.0.minCount']).toBe('最低次数必须是非负整数');
    expect(errors['rules.1.key']).toMatch(/重复/);
    expect(errors['rules.2.key']).toBe('请选择规则');
    expect(dutyRuleErrors([{ key: 'DUTY_REPORT', minCount: 1, points: 10 }])).toEqual({});
  });
  it('CSV rows for the annual review', () => {
    const rows = memberDutyCsvRows(
      [
        {
          memberId: '1',
          memberName: '刘斌',
          townshipId: '1',
          allMet: false,
          missed: [DutyRuleKey.PROPOSAL],
          points: 10,
          rules: [{ key: DutyRuleKey.PROPOSAL, label: '提交提案', actual: 0, minCount: 1, met: false, points: 0 }],
        },
      ],
      () => '东城街道',
    );
    expect(rows).toEqual([['刘斌', '东城街道', '0/1（未达标）', 10, '未达标']]);
  });
});
