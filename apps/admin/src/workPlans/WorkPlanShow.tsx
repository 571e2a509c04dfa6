import { DeleteButton, Labeled, Show, TextField, useRecordContext } from 'react-admin';
import { FormGrid, FormSection } from '../common/FormGrid';
import { ShowActions } from '../common/ShowActions';
import { useWho } from '../common/useWho';
import { canDelete } from '../permissions';
import { CompletionField, PlanItemsTable } from './PlanProgress';

const Actions = () => {
  const record = useRecordContext();
  const { who } = useWho();
  return (
    <ShowActions>
      {record && canDelete(who, 'workPlans', record) && <DeleteButton mutationMode="pessimistic" />}
    </ShowActions>
  );
};

export const WorkPlanShow = () => (
  <Show actions={<Actions />}>
    <div style={{ padding: '8px 16px 16px' }}>
      <FormGrid columns={3}>
        <Labeled>
          <TextField source="title" />
        </Labeled>
        <Labeled>
          <TextField source="township.name" label="resources.workPlans.fields.townshipId" />
        </Labeled>
        <Labeled>
          <TextField source="year" />
        </Labeled>
        <Labeled label="resources.workPlans.fields.completionRate">
          <CompletionField />
        </Labeled>
        <Labeled>
          <TextField source="notes" emptyText="—" />
        </Labeled>
      </FormGrid>
      <FormSection title="cppcc.plans.items" />
      <PlanItemsTable />
    </div>
  </Show>
);
