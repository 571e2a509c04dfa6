// The member history verbs (docs/api.md "Member history verbs"): 调动, 状态变更, 连任, each with
// the record's version as expectedVersion so a colleague's change in between fails with CONFLICT.
// The dialogs' inputs are named as the mutations' input fields, so a server error on
// `input.effectiveOn` lands on the dialog's effectiveOn input.
import { MemberStatus } from '@cppcc/domain';
import { requiredEnum } from '../common/enumValue';
import { graphql } from '../gql';
import { gqlRequest } from '../graphql';

// A fragment the documents below spread: declared for codegen, which generates its type and appends its text to theirs.
graphql(`
  fragment MemberHistoryResult on Member {
    id
    version
    townshipId
    status
    term
  }
`);

const TRANSFER = graphql(`
  mutation TransferMember($id: ID!, $input: TransferMemberInput!, $expectedVersion: Int) {
    transferMember(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...MemberHistoryResult
    }
  }
`);
const CHANGE_STATUS = graphql(`
  mutation ChangeMemberStatus($id: ID!, $input: MemberStatusChangeInput!, $expectedVersion: Int) {
    changeMemberStatus(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...MemberHistoryResult
    }
  }
`);
const REAPPOINT = graphql(`
  mutation ReappointMember($id: ID!, $input: ReappointMemberInput!, $expectedVersion: Int) {
    reappointMember(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...MemberHistoryResult
    }
  }
`);

type Values = Record<string, unknown>;

/** A form value as the optional string the inputs take: blank is null (the server names what is missing). */
const value = (v: unknown): string | null => (v == null || String(v).trim() === '' ? null : String(v).trim());

const options = (version: number | undefined) => ({ versioned: version !== undefined });

export function transferMember(id: string, version: number | undefined, values: Values) {
  const input = {
    townshipId: value(values.townshipId),
    effectiveOn: value(values.effectiveOn),
    note: value(values.note),
  };
  return gqlRequest(TRANSFER, { id, expectedVersion: version, input }, options(version));
}

export function changeMemberStatus(id: string, version: number | undefined, values: Values) {
  const input = {
    status: requiredEnum(MemberStatus, values.status, 'status'),
    effectiveOn: value(values.effectiveOn),
    reason: value(values.reason),
  };
  return gqlRequest(CHANGE_STATUS, { id, expectedVersion: version, input }, options(version));
}

export function reappointMember(id: string, version: number | undefined, values: Values) {
  const input = { term: value(values.term), startsOn: value(values.startsOn) };
  return gqlRequest(REAPPOINT, { id, expectedVersion: version, input }, options(version));
}
