// The supervision verbs (recordSupervisionPhase, recordSupervisionEvaluation, rectification items).
import { gqlRequest } from '../graphql';

export const RECORD_PHASE = `mutation RecordPhase($id: ID!, $phase: SupervisionPhase!, $on: Date!, $notes: String) {
  recordSupervisionPhase(id: $id, phase: $phase, on: $on, notes: $notes) { id version phases nextPhases complete }
}`;
export const RECORD_EVALUATION = `mutation RecordEvaluation($id: ID!, $input: SupervisionEvaluationInput!) {
  recordSupervisionEvaluation(id: $id, input: $input) { id version score grade }
}`;
export const SET_RECTIFICATION_STATUS = `mutation SetRectificationStatus($id: ID!, $status: RectificationStatus!) {
  setRectificationStatus(id: $id, status: $status) { id version status }
}`;
export const CREATE_RECTIFICATION_ITEM = `mutation CreateRectificationItem($input: RectificationItemInput!) { createRectificationItem(input: $input) { id } }`;
export const DELETE_RECTIFICATION_ITEM = `mutation DeleteRectificationItem($id: ID!) { deleteRectificationItem(id: $id) }`;

const int = (v: unknown) => (v === '' || v == null ? null : Number(v));
const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

export const recordPhase = (id: string, phase: string, values: Record<string, unknown>) =>
  gqlRequest(RECORD_PHASE, { id, phase, on: values.on, notes: text(values.notes) });

export function evaluationInput(values: Record<string, unknown>) {
  return {
    questionnairesIssued: int(values.questionnairesIssued),
    questionnairesReturned: int(values.questionnairesReturned),
    score: values.score === '' || values.score == null ? null : Number(values.score),
    recommendationCount: int(values.recommendationCount),
    ...(values.grade ? { grade: values.grade } : {}),
    ...(text(values.findings) ? { findings: text(values.findings) } : {}),
  };
}

export const recordEvaluation = (id: string, values: Record<string, unknown>) => gqlRequest(RECORD_EVALUATION, { id, input: evaluationInput(values) });

export const setRectificationStatus = (id: string, status: string) => gqlRequest(SET_RECTIFICATION_STATUS, { id, status });

export const createRectificationItem = (targetId: string, values: Record<string, unknown>) =>
  gqlRequest(CREATE_RECTIFICATION_ITEM, { input: { targetId, text: values.text, ...(values.dueOn ? { dueOn: values.dueOn } : {}) } });
