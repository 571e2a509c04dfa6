import { describe, expect, it } from 'vitest';
import { Role } from '@cppcc/domain';
import { canAccess, canCreate, canDelete, canEdit, canEditField, canRead, fixedTownshipFilter, REGISTRY_RESOURCES } from './permissions';

const admin = { role: Role.COUNTY_ADMIN };
const officer = { role: Role.TOWNSHIP_OFFICER, townshipId: '3' };
const leader = { role: Role.LEADER };
const client = { role: Role.API_CLIENT };
const unit = { role: Role.HANDLING_UNIT, handlingUnitId: '7' };

const ownMember = { id: '10', townshipId: '3' };
const otherMember = { id: '11', townshipId: '4' };

describe('COUNTY_ADMIN', () => {
  it.each(REGISTRY_RESOURCES)('reads, creates, edits and deletes %s', (resource) => {
    expect(canRead(admin, resource)).toBe(true);
    expect(canCreate(admin, resource)).toBe(true);
    expect(canEdit(admin, resource, otherMember)).toBe(true);
    expect(canDelete(admin, resource, otherMember)).toBe(true);
  });
  it('accepts a bare role', () => {
    expect(canCreate(Role.COUNTY_ADMIN, 'members')).toBe(true);
  });
});

describe('TOWNSHIP_OFFICER', () => {
  it.each(REGISTRY_RESOURCES)('reads %s', (resource) => {
    expect(canRead(officer, resource)).toBe(true);
  });
  it('creates members only', () => {
    expect(canCreate(officer, 'members')).toBe(true);
    for (const r of ['townships', 'sectors', 'committees', 'handlingUnits']) expect(canCreate(officer, r)).toBe(false);
  });
  it('edits and archives members of their own township only', () => {
    expect(canEdit(officer, 'members', ownMember)).toBe(true);
    expect(canEdit(officer, 'members', otherMember)).toBe(false);
    expect(canDelete(officer, 'members', ownMember)).toBe(true);
    expect(canDelete(officer, 'members', otherMember)).toBe(false);
    expect(canEdit(officer, 'members', { id: '12', townshipId: 3 })).toBe(true); // numeric ids compare as strings
  });
  it('edits the body information of their own township, nothing else of it', () => {
    expect(canEdit(officer, 'townships', { id: '3' })).toBe(true);
    expect(canEdit(officer, 'townships', { id: '4' })).toBe(false);
    expect(canDelete(officer, 'townships', { id: '3' })).toBe(false);
    expect(canEditField(officer, 'townships', 'bodyName')).toBe(true);
    expect(canEditField(officer, 'townships', 'director')).toBe(true);
    expect(canEditField(officer, 'townships', 'name')).toBe(false);
    expect(canEditField(officer, 'townships', 'code')).toBe(false);
    expect(canEditField(officer, 'members', 'townshipId')).toBe(false);
    expect(canEditField(officer, 'members', 'phone')).toBe(true);
  });
  it('is read-only on sectors, committees and handling units', () => {
    for (const r of ['sectors', 'committees', 'handlingUnits']) {
      expect(canEdit(officer, r, { id: '1' })).toBe(false);
      expect(canDelete(officer, r, { id: '1' })).toBe(false);
    }
  });
  it('without a township writes nothing', () => {
    const lost = { role: Role.TOWNSHIP_OFFICER, townshipId: null };
    expect(canCreate(lost, 'members')).toBe(false);
    expect(canEdit(lost, 'members', ownMember)).toBe(false);
  });
  it('has the member list fixed to their township', () => {
    expect(fixedTownshipFilter(officer)).toEqual({ townshipId: '3' });
    expect(fixedTownshipFilter(admin)).toBeUndefined();
    expect(fixedTownshipFilter(leader)).toBeUndefined();
  });
});

describe.each([
  ['LEADER', leader],
  ['API_CLIENT', client],
])('%s', (_name, who) => {
  it.each(REGISTRY_RESOURCES)('reads %s and writes nothing', (resource) => {
    expect(canRead(who, resource)).toBe(true);
    expect(canCreate(who, resource)).toBe(false);
    expect(canEdit(who, resource)).toBe(false);
    expect(canEdit(who, resource, ownMember)).toBe(false);
    expect(canDelete(who, resource, ownMember)).toBe(false);
  });
  it('sees the dashboard, not 我的交办提案', () => {
    expect(canRead(who, 'dashboard')).toBe(true);
    expect(canRead(who, 'myProposals')).toBe(false);
  });
});

describe('HANDLING_UNIT', () => {
  it.each(REGISTRY_RESOURCES)('has no access to %s', (resource) => {
    for (const action of ['list', 'show', 'create', 'edit', 'delete', 'export']) expect(canAccess(unit, action, resource, ownMember)).toBe(false);
  });
  it('sees only 我的交办提案', () => {
    expect(canRead(unit, 'myProposals')).toBe(true);
    expect(canRead(unit, 'dashboard')).toBe(false);
  });
});

describe('canAccess', () => {
  it('maps react-admin actions onto the rules', () => {
    expect(canAccess(officer, 'list', 'members')).toBe(true);
    expect(canAccess(officer, 'edit', 'members', otherMember)).toBe(false);
    expect(canAccess(officer, 'delete', 'members', ownMember)).toBe(true);
    expect(canAccess(leader, 'create', 'members')).toBe(false);
    expect(canAccess(admin, 'clone', 'townships')).toBe(true);
  });
  it('denies by default: nobody signed in, unknown resources and actions', () => {
    expect(canAccess(null, 'list', 'members')).toBe(false);
    expect(canAccess(leader, 'list', 'auditEntries')).toBe(false);
    expect(canAccess(officer, 'approve', 'members')).toBe(false);
  });
});
