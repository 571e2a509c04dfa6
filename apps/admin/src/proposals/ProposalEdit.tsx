import { VersionedEdit } from '../common/VersionedEdit';
import { ProposalEditForm } from './ProposalForm';

export const ProposalEdit = () => (
  <VersionedEdit redirect="show">
    <ProposalEditForm />
  </VersionedEdit>
);
