// The county's decision on a claim (docs/api.md "Claims"): confirmClaim / refuseClaim with the
// claim's version, so that a decision a colleague made in between fails with CONFLICT.
import { graphql } from '../gql';
import { gqlRequest } from '../graphql';

const CONFIRM = graphql(`
  mutation ConfirmClaim($id: ID!, $input: ClaimDecisionInput, $expectedVersion: Int) {
    confirmClaim(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      version
      review
    }
  }
`);
const REFUSE = graphql(`
  mutation RefuseClaim($id: ID!, $input: ClaimDecisionInput!, $expectedVersion: Int) {
    refuseClaim(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      version
      review
    }
  }
`);

const note = (values: Record<string, unknown>) =>
  typeof values.note === 'string' && values.note.trim() ? values.note.trim() : null;

export function decideClaim(
  decision: 'confirm' | 'refuse',
  claim: { id: string; version: number },
  values: Record<string, unknown>,
) {
  const variables = { id: claim.id, expectedVersion: claim.version, input: { note: note(values) } };
  return decision === 'confirm'
    ? gqlRequest(CONFIRM, variables, { versioned: true })
    : gqlRequest(REFUSE, variables, { versioned: true });
}
