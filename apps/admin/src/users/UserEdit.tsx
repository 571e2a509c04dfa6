import { VersionedEdit } from '../common/VersionedEdit';
import { UserForm } from './UserForm';
import { userTransform } from './userTransform';

export const UserEdit = () => (
  <VersionedEdit redirect="list" transform={userTransform}>
    <UserForm />
  </VersionedEdit>
);
