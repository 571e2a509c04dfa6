// The proposal workflow verbs (API.md): one GraphQL mutation per step, each with the record's
// version as expectedVersion so a colleague's step in between fails with CONFLICT.
import { ProposalAction, ReviewDecision } from '@cppcc/domain';
import { gqlRequest } from '../graphql';

const RESULT = 'id version status allowedActions';

const REVIEW = `mutation ReviewProposal($id: ID!, $input: ReviewProposalInput!, $expectedVersion: Int) {
  reviewProposal(id: $id, input: $input, expectedVersion: $expectedVersion) { ${RESULT} }
}`;
const ASSIGN = `mutation AssignProposal($id: ID!, $input: AssignProposalInput!, $expectedVersion: Int) {
  assignProposal(id: $id, input: $input, expectedVersion: $expectedVersion) { ${RESULT} }
}`;
const REPLY = `mutation ReplyProposal($id: ID!, $input: ReplyProposalInput!, $expectedVersion: Int) {
  replyProposal(id: $id, input: $input, expectedVersion: $expectedVersion) { ${RESULT} }
}`;
const FEEDBACK = `mutation RecordProposalFeedback($id: ID!, $input: ProposalFeedbackInput!, $expectedVersion: Int) {
  recordProposalFeedback(id: $id, input: $input, expectedVersion: $expectedVersion) { ${RESULT} }
}`;
const IMPLEMENTATION = `mutation SetProposalImplementation($id: ID!, $status: ImplementationStatus!, $expectedVersion: Int) {
  setProposalImplementation(id: $id, status: $status, expectedVersion: $expectedVersion) { ${RESULT} }
}`;
const CLOSE = `mutation CloseProposal($id: ID!, $input: CloseProposalInput, $expectedVersion: Int) {
  closeProposal(id: $id, input: $input, expectedVersion: $expectedVersion) { ${RESULT} }
}`;
const SET_KEY = `mutation SetProposalKey($id: ID!, $input: ProposalKeyInput!, $expectedVersion: Int) {
  setProposalKey(id: $id, input: $input, expectedVersion: $expectedVersion) { ${RESULT} isKey supervisingChair }
}`;

type Values = Record<string, unknown>;

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const date = (v: unknown): string | undefined => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);
const ids = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => x != null && x !== '').map(String) : []);
/** Drops undefined entries so optional arguments are left to the server's defaults. */
const compact = <T extends Values>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

export const REVIEW_DECISION: Partial<Record<ProposalAction, ReviewDecision>> = {
  [ProposalAction.REVIEW_ACCEPT]: ReviewDecision.ACCEPT,
  [ProposalAction.REVIEW_REJECT]: ReviewDecision.REJECT,
  [ProposalAction.REVIEW_CONVERT]: ReviewDecision.CONVERT,
  [ProposalAction.REVIEW_MERGE]: ReviewDecision.MERGE,
};

/** The GraphQL operation and variables of one step, from the dialog's values. */
export function stepRequest(action: ProposalAction, id: string, version: number | undefined, values: Values): { query: string; variables: Values } {
  const base = { id, expectedVersion: version };
  switch (action) {
    case ProposalAction.REVIEW_ACCEPT:
    case ProposalAction.REVIEW_REJECT:
    case ProposalAction.REVIEW_CONVERT:
    case ProposalAction.REVIEW_MERGE: {
      const decision = REVIEW_DECISION[action]!;
      const accept = decision === ReviewDecision.ACCEPT;
      return {
        query: REVIEW,
        variables: {
          ...base,
          input: compact({
            decision,
            note: text(values.note),
            reviewedOn: date(values.reviewedOn),
            mergedIntoId: decision === ReviewDecision.MERGE && values.mergedIntoId ? String(values.mergedIntoId) : undefined,
            isKey: accept ? values.isKey === true : undefined,
            supervisingChair: accept && values.isKey === true ? text(values.supervisingChair) : undefined,
          }),
        },
      };
    }
    case ProposalAction.ASSIGN:
      return {
        query: ASSIGN,
        variables: {
          ...base,
          input: compact({
            leadUnitId: String(values.leadUnitId ?? ''),
            coUnitIds: ids(values.coUnitIds),
            assignedOn: date(values.assignedOn),
            deadline: date(values.deadline),
          }),
        },
      };
    case ProposalAction.REPLY:
      return { query: REPLY, variables: { ...base, input: compact({ replyClass: values.replyClass, text: text(values.text) ?? '', repliedOn: date(values.repliedOn) }) } };
    case ProposalAction.FEEDBACK:
      return { query: FEEDBACK, variables: { ...base, input: compact({ satisfaction: values.satisfaction, note: text(values.note), on: date(values.on) }) } };
    case ProposalAction.SET_IMPLEMENTATION:
      return { query: IMPLEMENTATION, variables: { ...base, status: values.status } };
    case ProposalAction.CLOSE:
      return { query: CLOSE, variables: { ...base, input: compact({ closedOn: date(values.closedOn), implementation: values.implementation || undefined }) } };
  }
}

export function performStep(action: ProposalAction, id: string, version: number | undefined, values: Values): Promise<unknown> {
  const { query, variables } = stepRequest(action, id, version, values);
  return gqlRequest(query, variables, { versioned: version !== undefined });
}

export function setKey(id: string, version: number | undefined, values: Values): Promise<unknown> {
  return gqlRequest(
    SET_KEY,
    { id, expectedVersion: version, input: compact({ isKey: values.isKey === true, supervisingChair: values.isKey === true ? text(values.supervisingChair) : undefined }) },
    { versioned: version !== undefined },
  );
}
