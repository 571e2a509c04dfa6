import { VersionedEdit } from '../common/VersionedEdit';
import { SupervisionTargetForm } from './SupervisionTargetForm';

export const SupervisionTargetEdit = () => (
  <VersionedEdit redirect="show">
    <SupervisionTargetForm />
  </VersionedEdit>
);
