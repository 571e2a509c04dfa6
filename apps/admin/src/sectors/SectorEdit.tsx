import { VersionedEdit } from '../common/VersionedEdit';
import { SectorForm } from './SectorForm';

export const SectorEdit = () => (
  <VersionedEdit redirect="list">
    <SectorForm />
  </VersionedEdit>
);
