import { VersionedEdit } from '../common/VersionedEdit';
import { MemberForm } from './MemberForm';

export const MemberEdit = () => (
  <VersionedEdit redirect="show">
    <MemberForm editing />
  </VersionedEdit>
);
