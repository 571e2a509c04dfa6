import { CreateButton, DataTable, FilterButton, List, TopToolbar, useTranslate } from 'react-admin';
import { useWho } from '../common/useWho';
import { fixedTownshipFilter } from '../permissions';
import { CompletionField, ItemsDoneField } from './PlanProgress';
import { workPlanFilters } from './WorkPlanFilters';

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

export const WorkPlanList = () => {
  const { who, isPending } = useWho();
  const translate = useTranslate();
  if (isPending) return null;
  const fixed = fixedTownshipFilter(who);
  return (
    <List
      filters={workPlanFilters(!!fixed)}
      filter={fixed}
      sort={{ field: 'year', order: 'DESC' }}
      perPage={25}
      exporter={false}
      actions={<Actions />}
      title={fixed ? translate('cppcc.plans.own_title') : undefined}
      storeKey={fixed ? `workPlans.township.${fixed.townshipId}` : undefined}
    >
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
