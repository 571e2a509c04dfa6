import { Create } from 'react-admin';
import { CommitteeForm } from './CommitteeForm';

export const CommitteeCreate = () => (
  <Create redirect="show">
    <CommitteeForm />
  </Create>
);
