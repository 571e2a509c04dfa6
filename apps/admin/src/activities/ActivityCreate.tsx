import { Create } from 'react-admin';
import { todayInChina } from '@cppcc/domain';
import { useWho } from '../common/useWho';
import { fixedTownshipFilter } from '../permissions';
import { activityTransform } from './activityKinds';
import { ActivityForm } from './ActivityForm';

export const ActivityCreate = () => {
  const { who } = useWho();
  return (
    <Create redirect="show" transform={activityTransform}>
      <ActivityForm defaultValues={{ heldOn: todayInChina(), participants: [], ...(fixedTownshipFilter(who) ?? {}) }} />
    </Create>
  );
};
