import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { Role } from '@cppcc/domain';
import { IdFilter } from '../core/list-query';
import { Township } from '../townships/township.entity';

export enum UserSortField {
  ID = 'ID',
  USERNAME = 'USERNAME',
  DISPLAY_NAME = 'DISPLAY_NAME',
}
registerEnumType(UserSortField, { name: 'UserSortField' });

@InputType()
export class UserFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text search in username and display name' })
  q?: string;

  @Field(() => Role, { nullable: true })
  role?: Role;

  @IdFilter(() => Township)
  townshipId?: string;
}

function userFields(name: string, partial: boolean) {
  @InputType(name)
  class Fields {
    @Field(() => String, { nullable: partial })
    username?: string;

    @Field(() => String, { nullable: partial })
    displayName?: string;

    @Field(() => String, { nullable: partial, description: 'At least 8 characters; stored as a scrypt hash' })
    password?: string;

    @Field(() => Role, { nullable: partial })
    role?: Role;

    @Field(() => ID, { nullable: true })
    townshipId?: string | null;

    @Field(() => ID, { nullable: true })
    handlingUnitId?: string | null;

    @Field(() => Boolean, { nullable: true, description: 'true disables the login; false enables it again' })
    disabled?: boolean;
  }
  return Fields;
}

export const UserInput = userFields('UserInput', false);
export type UserInput = InstanceType<typeof UserInput>;
export const UserPatch = userFields('UserPatch', true);
export type UserPatch = InstanceType<typeof UserPatch>;
