import { CreateButton, DataTable, FilterButton, List, TopToolbar } from 'react-admin';
import { useTownshipList } from '../common/useTownshipList';
import { CompletionField, ItemsDoneField } from './PlanProgress';
import { workPlanFilters } from './WorkPlanFilters';

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

export const WorkPlanList = () => {
  const { isPending, fixed, listProps } = useTownshipList('workPlans', workPlanFilters, 'cppcc.plans.own_title');
  if (isPending) return null;
  return (
    <List {...listProps} sort={{ field: 'year', order: 'DESC' }} perPage={25} exporter={false} actions={<Actions />}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="year" sx={{ width: 80 }} />
        {!fixed && <DataTable.Col source="township.name" />}
        <DataTable.Col source="title" />
        <DataTable.Col source="items" disableSort label="cppcc.plans.items">
          <ItemsDoneField />
        </DataTable.Col>
        <DataTable.Col source="completionRate" disableSort>
          <CompletionField />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
