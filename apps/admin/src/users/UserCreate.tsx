import { Create } from 'react-admin';
import { Role } from '@cppcc/domain';
import { UserForm } from './UserForm';
import { userTransform } from './userTransform';

export const UserCreate = () => (
  <Create redirect="list" transform={userTransform}>
    <UserForm creating defaultValues={{ role: Role.TOWNSHIP_OFFICER }} />
  </Create>
);
