// The units' side of a proposal (docs/domain.md, return and extension; contact before reply):
// what the show page reads of it, and the three steps — a unit's request (退回/调整/延期), the
// county's decision on it, the lead unit's 办前面商 record. Each step sends the record's version.
import { ContactForm, UnitRequestKind } from '@cppcc/domain';
import { requiredEnum } from '../common/enumValue';
import { graphql } from '../gql';
import type { ProposalHandlingFieldsFragment } from '../gql/graphql';
import { gqlRequest } from '../graphql';

// Spread into resources.ts ProposalOneFields: the show page reads it with the proposal.
graphql(`
  fragment ProposalHandlingFields on Proposal {
    proposerContacts {
      memberId
      name
      sectorName
      phone
      isLead
    }
    contacts {
      id
      contactedOn
      form
      participants
      proposerView
      recordedByName
      unitId
    }
    unitRequests {
      id
      kind
      status
      reason
      suggestion
      requestedOn
      requestedByName
      previousDeadline
      requestedDeadline
      decidedOn
      decidedByName
      decisionNote
      grantedDeadline
      unitId
      unit {
        id
        name
      }
    }
  }
`);

export type UnitRequestRow = ProposalHandlingFieldsFragment['unitRequests'][number];

/** The units' steps: not state-machine actions, so only the server's allowedActions names them. */
export const HandlingStep = {
  UNIT_REQUEST: 'UNIT_REQUEST',
  DECIDE_UNIT_REQUEST: 'DECIDE_UNIT_REQUEST',
  RECORD_CONTACT: 'RECORD_CONTACT',
} as const;
export type HandlingStep = (typeof HandlingStep)[keyof typeof HandlingStep];

export const offers = (record: { allowedActions?: readonly string[] | null } | undefined, step: HandlingStep) =>
  !!record?.allowedActions?.includes(step);

const REQUEST = graphql(`
  mutation RequestUnitChange($id: ID!, $input: UnitRequestInput!, $expectedVersion: Int) {
    requestUnitChange(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);
const DECIDE = graphql(`
  mutation DecideUnitRequest($id: ID!, $input: DecideUnitRequestInput!, $expectedVersion: Int) {
    decideUnitRequest(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);
const CONTACT = graphql(`
  mutation RecordProposalContact($id: ID!, $input: ProposalContactInput!, $expectedVersion: Int) {
    recordProposalContact(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);

type Values = Record<string, unknown>;
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const date = (v: unknown): string | undefined =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
const ids = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => x != null && x !== '').map(String) : []);

/** The variables of requestUnitChange: the asked date only for 延期, the suggestion only for 调整. */
export function unitRequestInput(values: Values) {
  const kind = requiredEnum(UnitRequestKind, values.kind, 'kind');
  return {
    kind,
    reason: text(values.reason) ?? '',
    deadline: kind === UnitRequestKind.EXTEND ? date(values.deadline) : undefined,
    suggestion: kind === UnitRequestKind.ADJUST ? text(values.suggestion) : undefined,
  };
}

/** The variables of decideUnitRequest: a re-assignment only when approving 退回/调整, a date only when approving 延期. */
export function decisionInput(request: Pick<UnitRequestRow, 'id' | 'kind'>, values: Values) {
  const approve = values.approve === true || values.approve === 'true';
  const extend = request.kind === UnitRequestKind.EXTEND;
  const reassign = (values.reassign ?? {}) as Values;
  return {
    requestId: request.id,
    approve,
    note: text(values.note),
    deadline: approve && extend ? date(values.deadline) : undefined,
    reassign:
      approve && !extend
        ? { leadUnitId: String(reassign.leadUnitId ?? ''), coUnitIds: ids(reassign.coUnitIds) }
        : undefined,
  };
}

export function contactInput(values: Values) {
  return {
    contactedOn: date(values.contactedOn),
    form: requiredEnum(ContactForm, values.form, 'form'),
    participants: text(values.participants),
    proposerView: text(values.proposerView),
  };
}

const versioned = (version: number | undefined) => ({ versioned: version !== undefined });

export const requestUnitChange = (id: string, version: number | undefined, values: Values) =>
  gqlRequest(REQUEST, { id, expectedVersion: version, input: unitRequestInput(values) }, versioned(version));

export const decideUnitRequest = (
  id: string,
  version: number | undefined,
  request: Pick<UnitRequestRow, 'id' | 'kind'>,
  values: Values,
) => gqlRequest(DECIDE, { id, expectedVersion: version, input: decisionInput(request, values) }, versioned(version));

export const recordContact = (id: string, version: number | undefined, values: Values) =>
  gqlRequest(CONTACT, { id, expectedVersion: version, input: contactInput(values) }, versioned(version));
