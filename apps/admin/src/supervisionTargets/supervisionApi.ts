// The supervision verbs (recordSupervisionPhase, recordSupervisionEvaluation, rectification items).
import { RectificationStatus, Satisfaction, SupervisionPhase } from '@cppcc/domain';
import { enumValue } from '../common/enumValue';
import { gqlRequest } from '../graphql';
import { graphql } from '../gql';

export const RECORD_PHASE = graphql(`
  mutation RecordPhase($id: ID!, $phase: SupervisionPhase!, $on: Date!, $notes: String) {
    recordSupervisionPhase(id: $id, phase: $phase, on: $on, notes: $notes) {
      id
      version
      phases
      nextPhases
      complete
    }
  }
`);
export const RECORD_EVALUATION = graphql(`
  mutation RecordEvaluation($id: ID!, $input: SupervisionEvaluationInput!) {
    recordSupervisionEvaluation(id: $id, input: $input) {
      id
      version
      score
      grade
    }
  }
`);
export const SET_RECTIFICATION_STATUS = graphql(`
  mutation SetRectificationStatus($id: ID!, $status: RectificationStatus!) {
    setRectificationStatus(id: $id, status: $status) {
      id
      version
      status
    }
  }
`);
export const CREATE_RECTIFICATION_ITEM = graphql(`
  mutation CreateRectificationItem($input: RectificationItemInput!) {
    createRectificationItem(input: $input) {
      id
    }
  }
`);
export const DELETE_RECTIFICATION_ITEM = graphql(`
  mutation DeleteRectificationItem($id: ID!) {
    deleteRectificationItem(id: $id)
  }
`);

// The form requires these; an empty one is NaN, which JSON sends as null for the server to refuse.
const int = (v: unknown) => (v === '' || v == null ? Number.NaN : Number(v));
const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

export const recordPhase = (id: string, phase: SupervisionPhase, values: Record<string, unknown>) =>
  gqlRequest(RECORD_PHASE, { id, phase, on: String(values.on ?? ''), notes: text(values.notes) });

export function evaluationInput(values: Record<string, unknown>) {
  return {
    questionnairesIssued: int(values.questionnairesIssued),
    questionnairesReturned: int(values.questionnairesReturned),
    score: int(values.score),
    recommendationCount: int(values.recommendationCount),
    grade: enumValue(Satisfaction, values.grade),
    ...(text(values.findings) ? { findings: text(values.findings) } : {}),
  };
}

export const recordEvaluation = (id: string, values: Record<string, unknown>) =>
  gqlRequest(RECORD_EVALUATION, { id, input: evaluationInput(values) });

export const setRectificationStatus = (id: string, status: RectificationStatus) =>
  gqlRequest(SET_RECTIFICATION_STATUS, { id, status });

export const createRectificationItem = (targetId: string, values: Record<string, unknown>) =>
  gqlRequest(CREATE_RECTIFICATION_ITEM, {
    input: { targetId, text: String(values.text ?? ''), ...(values.dueOn ? { dueOn: String(values.dueOn) } : {}) },
  });
