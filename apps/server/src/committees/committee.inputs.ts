import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { CommitteeRole } from '@cppcc/domain';

export enum CommitteeSortField {
  ID = 'ID',
  NAME = 'NAME',
  SORT_ORDER = 'SORT_ORDER',
}
registerEnumType(CommitteeSortField, { name: 'CommitteeSortField' });

@InputType()
export class CommitteeFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text search in name and description' })
  q?: string;
}

@InputType()
export class CommitteeMemberInput {
  @Field(() => ID)
  memberId: string;

  @Field(() => CommitteeRole, { defaultValue: CommitteeRole.MEMBER })
  role: CommitteeRole;
}

function committeeFields(name: string, partial: boolean) {
  @InputType(name)
  class Fields {
    @Field(() => String, { nullable: partial })
    name?: string;

    @Field(() => String, { nullable: true })
    description?: string | null;

    @Field(() => Int, { nullable: true })
    sortOrder?: number;

    @Field(() => [CommitteeMemberInput], {
      nullable: true,
      description: 'The whole roster; on update it replaces the roster',
    })
    members?: CommitteeMemberInput[];
  }
  return Fields;
}

export const CommitteeInput = committeeFields('CommitteeInput', false);
export type CommitteeInput = InstanceType<typeof CommitteeInput>;
export const CommitteePatch = committeeFields('CommitteePatch', true);
export type CommitteePatch = InstanceType<typeof CommitteePatch>;
