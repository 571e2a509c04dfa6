import { describe, expect, it } from 'vitest';
import { Role } from '@cppcc/domain';
import {
  canAccess,
  canCallOn,
  canCreate,
  canDelete,
  canEdit,
  canEditField,
  canEditPage,
  canRead,
  fixedTownshipFilter,
  PAGES,
  proposalActions,
  replyWaitingFor,
  REGISTRY_RESOURCES,
} from './permissions';

// What myPermissions answers each role, for the operations these tests touch (the server's rule
// table as tests/api/authorization-matrix.test.ts expects it; that test checks myPermissions).
const crud = (...types: string[]) => types.flatMap((t) => [`create${t}`, `update${t}`, `delete${t}`]);
const EVERYONE = ['townships', 'sectors', 'handlingUnits', 'proposal', 'proposals'];
const READ = [
  ...EVERYONE,
  ...['committees', 'members', 'activities', 'opinionReports', 'workPlans', 'dutyReports'],
  ...['townshipComparison', 'annualSummary', 'assessmentScheme', 'dutyRuleSet', 'memberDuty'],
];
// County-wide readers only (not officers): special supervisors, the county report.
const COUNTY_READ = ['specialSupervisors', 'countyAnnualReport'];
const SUPERVISION_READ = ['supervisionTargets', 'rectificationItems'];
const OFFICER_WRITES = [
  ...crud('Member', 'Activity', 'OpinionReport', 'WorkPlan', 'DutyReport'),
  'updateTownship',
  'submitProposal',
  'updateProposal',
  'deleteProposal',
];
const ADMIN_WRITES = [
  ...OFFICER_WRITES,
  ...crud('Township', 'Sector', 'Committee', 'HandlingUnit', 'SupervisionTarget', 'RectificationItem', 'User'),
  ...['users', 'apiTokens', 'auditEntries', 'createApiToken', 'revokeApiToken', 'setAssessmentScheme', 'setDutyRules'],
];

const admin = { role: Role.COUNTY_ADMIN, operations: [...READ, ...COUNTY_READ, ...SUPERVISION_READ, ...ADMIN_WRITES] };
const officer = { role: Role.TOWNSHIP_OFFICER, townshipId: '3', operations: [...READ, ...OFFICER_WRITES] };
const leader = { role: Role.LEADER, operations: [...READ, ...COUNTY_READ, ...SUPERVISION_READ] };
const client = { role: Role.API_CLIENT, operations: [...READ, ...COUNTY_READ, ...SUPERVISION_READ] };
const unit = {
  role: Role.HANDLING_UNIT,
  handlingUnitId: '7',
  operations: [...EVERYONE, ...SUPERVISION_READ, 'myAssignedProposals', 'replyProposal'],
};

const ownMember = { id: '10', townshipId: '3' };
const otherMember = { id: '11', townshipId: '4' };

describe('COUNTY_ADMIN', () => {
  it.each(REGISTRY_RESOURCES)('reads, creates, edits and deletes %s', (resource) => {
    expect(canRead(admin, resource)).toBe(true);
    expect(canCreate(admin, resource)).toBe(true);
    expect(canEdit(admin, resource, otherMember)).toBe(true);
    expect(canDelete(admin, resource, otherMember)).toBe(true);
  });
  it('follows myPermissions: an operation the server does not list is not offered', () => {
    expect(canCreate({ ...admin, operations: admin.operations.filter((o) => o !== 'createMember') }, 'members')).toBe(
      false,
    );
    expect(canRead({ ...admin, operations: [] }, 'members')).toBe(false);
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
  it('edits the contact fields of their own township, not its identity', () => {
    expect(canEdit(officer, 'townships', { id: '3' })).toBe(true);
    expect(canEdit(officer, 'townships', { id: '4' })).toBe(false);
    expect(canDelete(officer, 'townships', { id: '3' })).toBe(false);
    for (const field of ['director', 'phone', 'address']) expect(canEditField(officer, 'townships', field)).toBe(true);
    for (const field of ['name', 'code', 'kind', 'bodyName', 'bodyKind', 'sortOrder'])
      expect(canEditField(officer, 'townships', field)).toBe(false);
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
    const lost = { ...officer, townshipId: null };
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
    for (const action of ['list', 'show', 'create', 'edit', 'delete', 'export'])
      expect(canAccess(unit, action, resource, ownMember)).toBe(false);
  });
  it('sees only 我的交办提案', () => {
    expect(canRead(unit, 'myProposals')).toBe(true);
    expect(canRead(unit, 'dashboard')).toBe(false);
  });
});

describe('member history verbs', () => {
  const adminVerbs = { ...admin, operations: [...admin.operations, 'transferMember', 'changeMemberStatus'] };
  const officerVerbs = { ...officer, operations: [...officer.operations, 'changeMemberStatus'] };
  it('follow the operations the server lists, within the write scope', () => {
    expect(canCallOn(adminVerbs, 'transferMember', 'members', otherMember)).toBe(true);
    expect(canCallOn(officerVerbs, 'transferMember', 'members', ownMember)).toBe(false);
    expect(canCallOn(officerVerbs, 'changeMemberStatus', 'members', ownMember)).toBe(true);
    expect(canCallOn(officerVerbs, 'changeMemberStatus', 'members', otherMember)).toBe(false);
    expect(canCallOn(admin, 'changeMemberStatus', 'members', otherMember)).toBe(false);
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

describe('work records, supervision, admin pages (v2)', () => {
  const ownActivity = { id: '1', townshipId: '3' };
  const otherActivity = { id: '2', townshipId: '4' };
  const countyActivity = { id: '5', townshipId: null };

  it('officers write activities, opinion reports and work plans of their own township only', () => {
    for (const r of ['activities', 'opinionReports', 'workPlans']) {
      expect(canRead(officer, r)).toBe(true);
      expect(canCreate(officer, r)).toBe(true);
      expect(canEdit(officer, r, ownActivity)).toBe(true);
      expect(canEdit(officer, r, otherActivity)).toBe(false);
      expect(canEdit(officer, r, countyActivity)).toBe(false);
      expect(canDelete(officer, r, ownActivity)).toBe(true);
      expect(canDelete(officer, r, otherActivity)).toBe(false);
      expect(canEditField(officer, r, 'townshipId')).toBe(false);
      expect(canEdit(admin, r, countyActivity)).toBe(true);
      expect(canEdit(leader, r, ownActivity)).toBe(false);
    }
  });
  it('duty reports follow the member’s township', () => {
    expect(canEdit(officer, 'dutyReports', { id: '1', member: { township: { id: '3' } } })).toBe(true);
    expect(canEdit(officer, 'dutyReports', { id: '1', member: { township: { id: '4' } } })).toBe(false);
  });
  it('proposals: corrected or withdrawn only while SUBMITTED; officers for their township', () => {
    expect(canCreate(officer, 'proposals')).toBe(true);
    expect(canCreate(leader, 'proposals')).toBe(false);
    expect(canEdit(officer, 'proposals', { id: '1', townshipId: '3', status: 'SUBMITTED' })).toBe(true);
    expect(canEdit(officer, 'proposals', { id: '1', townshipId: '3', status: 'ACCEPTED' })).toBe(false);
    expect(canEdit(officer, 'proposals', { id: '1', townshipId: '4', status: 'SUBMITTED' })).toBe(false);
    expect(canDelete(admin, 'proposals', { id: '1', status: 'SUBMITTED' })).toBe(true);
    expect(canDelete(admin, 'proposals', { id: '1', status: 'CLOSED' })).toBe(false);
  });
  it('a handling unit opens the proposals assigned to it, lists none', () => {
    expect(canAccess(unit, 'show', 'proposals')).toBe(true);
    expect(canAccess(unit, 'list', 'proposals')).toBe(false);
    expect(canRead(unit, 'myAssignedProposals')).toBe(true);
    expect(canAccess(unit, 'edit', 'proposals', { id: '1', status: 'SUBMITTED' })).toBe(false);
  });
  it('supervision: read by county roles, written by admins; officers do not see it', () => {
    for (const r of ['supervisionTargets', 'rectificationItems']) {
      expect(canRead(admin, r)).toBe(true);
      expect(canRead(leader, r)).toBe(true);
      expect(canRead(client, r)).toBe(true);
      expect(canRead(officer, r)).toBe(false);
      expect(canCreate(leader, r)).toBe(false);
      expect(canEdit(admin, r, { id: '1' })).toBe(true);
    }
  });
  it('users, tokens and the audit log are the admin’s; the log is read-only, tokens are revoked not edited', () => {
    for (const r of ['users', 'apiTokens', 'auditEntries']) {
      expect(canRead(admin, r)).toBe(true);
      for (const who of [officer, leader, client, unit]) expect(canRead(who, r)).toBe(false);
    }
    expect(canCreate(admin, 'auditEntries')).toBe(false);
    expect(canEdit(admin, 'auditEntries', { id: '1' })).toBe(false);
    expect(canDelete(admin, 'auditEntries', { id: '1' })).toBe(false);
    expect(canCreate(admin, 'apiTokens')).toBe(true);
    expect(canEdit(admin, 'apiTokens', { id: '1' })).toBe(false);
    expect(canDelete(admin, 'apiTokens', { id: '1', revokedAt: null })).toBe(true);
    expect(canDelete(admin, 'apiTokens', { id: '1', revokedAt: '2025-01-01T00:00:00Z' })).toBe(false);
    expect(canEdit(admin, 'users', { id: '1' })).toBe(true);
  });
  it('analysis pages: every reader; the scheme and duty rules are edited by admins only', () => {
    for (const page of [PAGES.annualSummary, PAGES.assessmentScheme, PAGES.dutyRules, PAGES.memberDuty]) {
      for (const who of [admin, officer, leader, client]) expect(canRead(who, page)).toBe(true);
      expect(canRead(unit, page)).toBe(false);
    }
    // The county report: county admins and leaders (and API clients), not officers or units.
    for (const who of [admin, leader, client]) expect(canRead(who, PAGES.countyReport)).toBe(true);
    for (const who of [officer, unit]) expect(canRead(who, PAGES.countyReport)).toBe(false);
    expect(canEditPage(admin, PAGES.assessmentScheme)).toBe(true);
    expect(canEditPage(admin, PAGES.dutyRules)).toBe(true);
    expect(canEditPage(leader, PAGES.assessmentScheme)).toBe(false);
    expect(canEditPage(officer, PAGES.dutyRules)).toBe(false);
  });
});

describe('proposal workflow buttons', () => {
  const p = (status: string, extra: Record<string, unknown> = {}) => ({ status, townshipId: '3', ...extra });
  it('only the transitions of the state and role', () => {
    expect(proposalActions(admin, p('SUBMITTED'))).toEqual([
      'REVIEW_ACCEPT',
      'REVIEW_REJECT',
      'REVIEW_CONVERT',
      'REVIEW_MERGE',
    ]);
    expect(proposalActions(admin, p('ACCEPTED'))).toEqual(['ASSIGN']);
    expect(proposalActions(admin, p('ASSIGNED'))).toEqual(['ASSIGN', 'REPLY']);
    expect(proposalActions(unit, p('ASSIGNED'))).toEqual(['REPLY']);
    expect(proposalActions(officer, p('ASSIGNED'))).toEqual([]);
    expect(proposalActions(leader, p('SUBMITTED'))).toEqual([]);
    expect(proposalActions(client, p('REPLIED'))).toEqual([]);
  });
  it('close needs feedback on the latest reply that is not 不满意', () => {
    expect(proposalActions(admin, p('REPLIED'))).toEqual(['FEEDBACK', 'SET_IMPLEMENTATION']);
    expect(proposalActions(admin, p('REPLIED', { satisfaction: 'SATISFIED' }))).toEqual([
      'FEEDBACK',
      'SET_IMPLEMENTATION',
      'CLOSE',
    ]);
    expect(proposalActions(admin, p('REPLIED', { satisfaction: 'DISSATISFIED' }))).toEqual([
      'FEEDBACK',
      'SET_IMPLEMENTATION',
    ]);
    expect(proposalActions(admin, p('CLOSED'))).toEqual(['SET_IMPLEMENTATION']);
  });
  it('officers record feedback for their own township only', () => {
    expect(proposalActions(officer, p('REPLIED'))).toEqual(['FEEDBACK']);
    expect(proposalActions(officer, p('REPLIED', { townshipId: '4' }))).toEqual([]);
  });
  it('narrowed by the server’s allowedActions when present', () => {
    expect(proposalActions(unit, p('ASSIGNED', { allowedActions: [] }))).toEqual([]); // a co-unit
    expect(
      proposalActions(admin, p('REPLIED', { satisfaction: 'SATISFIED', allowedActions: ['FEEDBACK', 'CLOSE'] })),
    ).toEqual(['FEEDBACK', 'CLOSE']);
    // The server cannot widen what the state machine allows.
    expect(
      proposalActions(admin, p('REPLIED', { allowedActions: ['FEEDBACK', 'SET_IMPLEMENTATION', 'CLOSE'] })),
    ).toEqual(['FEEDBACK', 'SET_IMPLEMENTATION']);
  });
  it('adds the units’ steps the server offers, which the state machine does not know', () => {
    expect(proposalActions(unit, p('ASSIGNED', { allowedActions: ['CO_UNIT_OPINION'] }))).toEqual(['CO_UNIT_OPINION']);
    expect(
      proposalActions(admin, p('ASSIGNED', { allowedActions: ['ASSIGN', 'CO_UNIT_OPINION', 'WAIVE_CO_UNIT'] })),
    ).toEqual(['ASSIGN', 'CO_UNIT_OPINION', 'WAIVE_CO_UNIT']);
    expect(proposalActions(unit, p('ASSIGNED', { allowedActions: ['UNKNOWN'] }))).toEqual([]);
  });
});

describe('why 答复 is not offered', () => {
  const parts = [
    { role: 'LEAD', unitId: '7', unit: { name: '县发展和改革委员会' } },
    { role: 'CO', unitId: '2', unit: { name: '县教育局' }, opinionOn: null, waivedOn: null },
    { role: 'CO', unitId: '3', unit: { name: '县财政局' }, opinionOn: '2026-02-20', waivedOn: null },
    { role: 'CO', unitId: '4', unit: { name: '县民政局' }, opinionOn: null, waivedOn: '2026-02-21' },
  ];
  const held = { status: 'ASSIGNED', townshipId: '3', allowedActions: [] as string[], units: parts };
  it('names the co-units still awaited, for the lead unit and the county', () => {
    expect(replyWaitingFor(unit, held)).toEqual(['县教育局']);
    expect(replyWaitingFor(admin, { ...held, allowedActions: ['ASSIGN', 'WAIVE_CO_UNIT'] })).toEqual(['县教育局']);
  });
  it('nothing once the reply is offered, the county let the lead reply first, or for others', () => {
    expect(replyWaitingFor(unit, { ...held, allowedActions: ['REPLY'] })).toEqual([]);
    expect(replyWaitingFor(unit, { ...held, replyBeforeCoUnits: true })).toEqual([]);
    expect(replyWaitingFor({ ...unit, handlingUnitId: '2' }, held)).toEqual([]); // the co-unit itself
    expect(replyWaitingFor(officer, held)).toEqual([]);
    expect(replyWaitingFor(leader, held)).toEqual([]);
    expect(replyWaitingFor(unit, { ...held, status: 'REPLIED' })).toEqual([]);
    expect(replyWaitingFor(unit, { ...held, units: undefined })).toEqual([]); // a list row without units
  });
});
