import { VersionedEdit } from '../common/VersionedEdit';
import { CommitteeForm } from './CommitteeForm';

export const CommitteeEdit = () => (
  <VersionedEdit redirect="show">
    <CommitteeForm />
  </VersionedEdit>
);
