import { VersionedEdit } from '../common/VersionedEdit';
import { TownshipForm } from './TownshipForm';

export const TownshipEdit = () => (
  <VersionedEdit redirect="show">
    <TownshipForm mode="edit" />
  </VersionedEdit>
);
