// The proposal workflow verbs (docs/api.md): one GraphQL mutation per step, each with the record's
// version as expectedVersion so a colleague's step in between fails with CONFLICT.
import { ImplementationStatus, ProposalAction, ReplyClass, ReviewDecision, Satisfaction } from '@cppcc/domain';
import { enumValue, requiredEnum } from '../common/enumValue';
import { graphql } from '../gql';
import type { TypedDocumentString } from '../gql/graphql';
import { gqlRequest, type RequestOptions } from '../graphql';
import { UnitStep, type ProposalStep } from '../permissions';

// A fragment the documents below spread: declared for codegen, which generates its type and appends its text to theirs.
graphql(`
  fragment ProposalStepResult on Proposal {
    id
    version
    status
    allowedActions
  }
`);

const REVIEW = graphql(`
  mutation ReviewProposal($id: ID!, $input: ReviewProposalInput!, $expectedVersion: Int) {
    reviewProposal(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...ProposalStepResult
    }
  }
`);
const ASSIGN = graphql(`
  mutation AssignProposal($id: ID!, $input: AssignProposalInput!, $expectedVersion: Int) {
    assignProposal(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...ProposalStepResult
    }
  }
`);
const REPLY = graphql(`
  mutation ReplyProposal($id: ID!, $input: ReplyProposalInput!, $expectedVersion: Int) {
    replyProposal(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...ProposalStepResult
    }
  }
`);
const CO_UNIT_OPINION = graphql(`
  mutation SubmitCoUnitOpinion($id: ID!, $input: CoUnitOpinionInput!, $expectedVersion: Int) {
    submitCoUnitOpinion(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...ProposalStepResult
    }
  }
`);
const WAIVE_CO_UNIT = graphql(`
  mutation WaiveCoUnitOpinion($id: ID!, $input: WaiveCoUnitInput!, $expectedVersion: Int) {
    waiveCoUnitOpinion(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...ProposalStepResult
    }
  }
`);
const FEEDBACK = graphql(`
  mutation RecordProposalFeedback($id: ID!, $input: ProposalFeedbackInput!, $expectedVersion: Int) {
    recordProposalFeedback(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...ProposalStepResult
    }
  }
`);
const IMPLEMENTATION = graphql(`
  mutation SetProposalImplementation($id: ID!, $status: ImplementationStatus!, $expectedVersion: Int) {
    setProposalImplementation(id: $id, status: $status, expectedVersion: $expectedVersion) {
      ...ProposalStepResult
    }
  }
`);
const CLOSE = graphql(`
  mutation CloseProposal($id: ID!, $input: CloseProposalInput, $expectedVersion: Int) {
    closeProposal(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...ProposalStepResult
    }
  }
`);
const SET_KEY = graphql(`
  mutation SetProposalKey($id: ID!, $input: ProposalKeyInput!, $expectedVersion: Int) {
    setProposalKey(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...ProposalStepResult
      isKey
      supervisingChair
    }
  }
`);

type Values = Record<string, unknown>;

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const date = (v: unknown): string | undefined =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
const ids = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => x != null && x !== '').map(String) : []);
/** Drops undefined entries so optional arguments are left to the server's defaults. */
const compact = <T extends Values>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

export const REVIEW_DECISION: Partial<Record<ProposalAction, ReviewDecision>> = {
  [ProposalAction.REVIEW_ACCEPT]: ReviewDecision.ACCEPT,
  [ProposalAction.REVIEW_REJECT]: ReviewDecision.REJECT,
  [ProposalAction.REVIEW_CONVERT]: ReviewDecision.CONVERT,
  [ProposalAction.REVIEW_MERGE]: ReviewDecision.MERGE,
};

/** One step's operation and variables, ready to send (each document keeps its own variable type). */
export interface StepRequest {
  query: string;
  variables: Values;
  send: (options: RequestOptions) => Promise<unknown>;
}

const step = <T, V extends Values>(document: TypedDocumentString<T, V>, variables: V): StepRequest => ({
  query: document.toString(),
  variables,
  send: (options) => gqlRequest(document, variables, options),
});

/** The GraphQL operation and variables of one step, from the dialog's values. */
export function stepRequest(
  action: ProposalStep,
  id: string,
  version: number | undefined,
  values: Values,
): StepRequest {
  const base = { id, expectedVersion: version };
  switch (action) {
    case ProposalAction.REVIEW_ACCEPT:
    case ProposalAction.REVIEW_REJECT:
    case ProposalAction.REVIEW_CONVERT:
    case ProposalAction.REVIEW_MERGE: {
      const decision = REVIEW_DECISION[action]!;
      const accept = decision === ReviewDecision.ACCEPT;
      return step(REVIEW, {
        ...base,
        input: compact({
          decision,
          note: text(values.note),
          reviewedOn: date(values.reviewedOn),
          mergedIntoId:
            decision === ReviewDecision.MERGE && values.mergedIntoId ? String(values.mergedIntoId) : undefined,
          isKey: accept ? values.isKey === true : undefined,
          supervisingChair: accept && values.isKey === true ? text(values.supervisingChair) : undefined,
        }),
      });
    }
    case ProposalAction.ASSIGN:
      return step(ASSIGN, {
        ...base,
        input: compact({
          leadUnitId: String(values.leadUnitId ?? ''),
          coUnitIds: ids(values.coUnitIds),
          assignedOn: date(values.assignedOn),
          deadline: date(values.deadline),
          replyBeforeCoUnits: values.replyBeforeCoUnits === true,
        }),
      });
    case ProposalAction.REPLY:
      return step(REPLY, {
        ...base,
        input: compact({
          replyClass: requiredEnum(ReplyClass, values.replyClass, 'replyClass'),
          text: text(values.text) ?? '',
          repliedOn: date(values.repliedOn),
          docNo: text(values.docNo),
          signer: text(values.signer),
          contactPerson: text(values.contactPerson),
          contactPhone: text(values.contactPhone),
          attachmentIds: ids(values.attachmentIds),
        }),
      });
    case UnitStep.CO_UNIT_OPINION:
      return step(CO_UNIT_OPINION, {
        ...base,
        input: compact({
          text: text(values.text) ?? '',
          on: date(values.on),
          // A unit user sends its own; county staff name the co-unit they enter it for.
          unitId: values.unitId ? String(values.unitId) : undefined,
          attachmentIds: ids(values.attachmentIds),
        }),
      });
    case UnitStep.WAIVE_CO_UNIT:
      return step(WAIVE_CO_UNIT, {
        ...base,
        input: { unitId: String(values.unitId ?? ''), note: text(values.note) ?? '' },
      });
    case ProposalAction.FEEDBACK:
      return step(FEEDBACK, {
        ...base,
        input: compact({
          satisfaction: requiredEnum(Satisfaction, values.satisfaction, 'satisfaction'),
          note: text(values.note),
          on: date(values.on),
        }),
      });
    case ProposalAction.SET_IMPLEMENTATION:
      return step(IMPLEMENTATION, { ...base, status: requiredEnum(ImplementationStatus, values.status, 'status') });
    case ProposalAction.CLOSE:
      return step(CLOSE, {
        ...base,
        input: compact({
          closedOn: date(values.closedOn),
          implementation: enumValue(ImplementationStatus, values.implementation),
        }),
      });
  }
}

export function performStep(
  action: ProposalStep,
  id: string,
  version: number | undefined,
  values: Values,
): Promise<unknown> {
  return stepRequest(action, id, version, values).send({ versioned: version !== undefined });
}

export function setKey(id: string, version: number | undefined, values: Values): Promise<unknown> {
  return gqlRequest(
    SET_KEY,
    {
      id,
      expectedVersion: version,
      input: compact({
        isKey: values.isKey === true,
        supervisingChair: values.isKey === true ? text(values.supervisingChair) : undefined,
      }),
    },
    { versioned: version !== undefined },
  );
}
