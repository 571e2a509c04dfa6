// The county's answer to an objection (docs/api.md "Objections"), with the objection's version,
// so that an answer a colleague gave in between fails with CONFLICT.
import { graphql } from '../gql';
import { gqlRequest } from '../graphql';

const ACCEPT = graphql(`
  mutation AcceptObjection($id: ID!, $input: ObjectionAnswerInput, $expectedVersion: Int) {
    acceptObjection(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      version
      status
    }
  }
`);
const REFUSE = graphql(`
  mutation RefuseObjection($id: ID!, $input: ObjectionAnswerInput!, $expectedVersion: Int) {
    refuseObjection(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      version
      status
    }
  }
`);

export function answerObjection(
  decision: 'accept' | 'refuse',
  objection: { id: string; version: number },
  values: Record<string, unknown>,
) {
  const answer = typeof values.answer === 'string' && values.answer.trim() ? values.answer.trim() : null;
  const variables = { id: objection.id, expectedVersion: objection.version, input: { answer } };
  return decision === 'accept'
    ? gqlRequest(ACCEPT, variables, { versioned: true })
    : gqlRequest(REFUSE, variables, { versioned: true });
}
