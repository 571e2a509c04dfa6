// Choices of the audit log's filters: entity types (GraphQL type names) and actions (CRUD,
// login, and the workflow verbs). Names are translation keys (cppcc.audit.*).
import { PROPOSAL_ACTIONS } from '@cppcc/domain';

export const ENTITY_TYPES = [
  'Member',
  'Township',
  'Sector',
  'Committee',
  'HandlingUnit',
  'Proposal',
  'Activity',
  'OpinionReport',
  'WorkPlan',
  'DutyReport',
  'DutyRule',
  'SupervisionTarget',
  'RectificationItem',
  'SpecialSupervisor',
  'User',
  'ApiToken',
  'AssessmentScheme',
  'Claim',
  'YearEdition',
  'Objection',
] as const;

export const ACTIONS = [
  'CREATE',
  'UPDATE',
  'DELETE',
  'ARCHIVE',
  'LOGIN',
  'LOGIN_FAILED',
  'LOGIN_UNLOCKED',
  'SUBMIT',
  ...PROPOSAL_ACTIONS,
  'SET_KEY',
  'RECORD_PHASE',
  'RECORD_EVALUATION',
  'SET_STATUS',
  'SET_ATTENDANCE',
  'SET_DUTY_RULES',
  'SET_ASSESSMENT_SCHEME',
  'REVOKE',
  'CONFIRM_CLAIM',
  'REFUSE_CLAIM',
  'CLOSE_YEAR',
  'REOPEN_YEAR',
  'ACCEPT_OBJECTION',
  'REFUSE_OBJECTION',
  'TRANSFER',
  'REAPPOINT',
] as const;

export const AUDIT_ENTITY_TYPES = ENTITY_TYPES.map((t) => ({ id: t, name: `cppcc.audit.entity.${t}` }));
export const AUDIT_ACTIONS = ACTIONS.map((a) => ({ id: a, name: `cppcc.audit.action.${a}` }));
