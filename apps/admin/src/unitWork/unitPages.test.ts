import { describe, expect, it } from 'vitest';
import { Role } from '@cppcc/domain';
import { canEditPage, canRead, PAGES } from '../permissions';

// The units' pages follow the server's rules (proposal.handling.resolver.ts): figures for county
// readers (a unit reads its own row on its worklist), the worklist as the unit's home, the
// handling rules as the county admin's form.
const stats = ['handlingUnitStats', 'unitWorklist', 'handlingRules'];
const admin = { role: Role.COUNTY_ADMIN, operations: [...stats, 'setHandlingRules'] };
const leader = { role: Role.LEADER, operations: stats };
const officer = { role: Role.TOWNSHIP_OFFICER, townshipId: '3', operations: ['handlingRules'] };
const unit = { role: Role.HANDLING_UNIT, handlingUnitId: '7', operations: stats };

describe('the units pages', () => {
  it('承办单位办理情况: county admins and leaders', () => {
    expect(canRead(admin, PAGES.unitStats)).toBe(true);
    expect(canRead(leader, PAGES.unitStats)).toBe(true);
    expect(canRead(officer, PAGES.unitStats)).toBe(false);
    expect(canRead(unit, PAGES.unitStats)).toBe(false);
  });
  it('我的待办: the handling unit only, though the county may read a named unit’s', () => {
    expect(canRead(unit, PAGES.unitWorklist)).toBe(true);
    expect(canRead(unit, PAGES.myProposals)).toBe(false); // not listed in these operations
    expect(canRead(admin, PAGES.unitWorklist)).toBe(false);
    expect(canRead(leader, PAGES.unitWorklist)).toBe(false);
  });
  it('提案办理规则: the county admin’s form', () => {
    expect(canRead(admin, PAGES.handlingRules)).toBe(true);
    expect(canEditPage(admin, PAGES.handlingRules)).toBe(true);
    for (const who of [leader, officer, unit]) expect(canRead(who, PAGES.handlingRules)).toBe(false);
  });
});
