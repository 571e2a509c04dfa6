import { VersionedEdit } from '../common/VersionedEdit';
import { HandlingUnitForm } from './HandlingUnitForm';

export const HandlingUnitEdit = () => (
  <VersionedEdit redirect="show">
    <HandlingUnitForm />
  </VersionedEdit>
);
