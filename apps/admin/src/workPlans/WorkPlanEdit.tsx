import { VersionedEdit } from '../common/VersionedEdit';
import { WorkPlanForm } from './WorkPlanForm';

export const WorkPlanEdit = () => (
  <VersionedEdit redirect="show">
    <WorkPlanForm />
  </VersionedEdit>
);
