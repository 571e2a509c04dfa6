import { Create } from 'react-admin';
import { useWho } from '../common/useWho';
import { currentYear } from '../common/years';
import { fixedTownshipFilter } from '../permissions';
import { WorkPlanForm } from './WorkPlanForm';

export const WorkPlanCreate = () => {
  const { who } = useWho();
  return (
    <Create redirect="show">
      <WorkPlanForm defaultValues={{ year: currentYear(), items: [], ...(fixedTownshipFilter(who) ?? {}) }} />
    </Create>
  );
};
