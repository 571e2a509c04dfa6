import { VersionedEdit } from '../common/VersionedEdit';
import { activityTransform } from './activityKinds';
import { ActivityForm } from './ActivityForm';

export const ActivityEdit = () => (
  <VersionedEdit redirect="show" transform={activityTransform}>
    <ActivityForm />
  </VersionedEdit>
);
