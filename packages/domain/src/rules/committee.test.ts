import { describe, expect, it } from 'vitest';
import { CommitteeRole } from '../enums';
import { committeeRoster } from './committee';

describe('committee roster', () => {
  it('accepts one director with deputies and members', () => {
    expect(
      committeeRoster([
        { memberId: 1, role: CommitteeRole.DIRECTOR },
        { memberId: 2, role: CommitteeRole.DEPUTY_DIRECTOR },
        { memberId: 3, role: CommitteeRole.MEMBER },
      ]),
    ).toEqual([]);
  });
  it('refuses a member listed twice, naming the entry', () => {
    const errors = committeeRoster([
      { memberId: 1, role: CommitteeRole.MEMBER },
      { memberId: '1', role: CommitteeRole.DEPUTY_DIRECTOR },
    ]);
    expect(errors).toEqual([{ field: 'input.members[1].memberId', message: '委员 1 重复' }]);
  });
  it('refuses two directors', () => {
    expect(
      committeeRoster([
        { memberId: 1, role: CommitteeRole.DIRECTOR },
        { memberId: 2, role: CommitteeRole.DIRECTOR },
      ])[0].field,
    ).toBe('input.members');
  });
});
