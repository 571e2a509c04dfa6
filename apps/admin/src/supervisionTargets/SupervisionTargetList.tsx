import { CreateButton, DataTable, FilterButton, List, TopToolbar } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { lastCompleteYear } from '../common/years';
import { GradeField, PhaseProgress } from './PhaseProgress';
import { supervisionTargetFilters } from './SupervisionTargetFilters';

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

export const SupervisionTargetList = () => (
  <List
    filters={supervisionTargetFilters}
    filterDefaultValues={{ year: lastCompleteYear() }}
    sort={{ field: 'year', order: 'DESC' }}
    perPage={25}
    exporter={false}
    actions={<Actions />}
  >
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="year" sx={{ width: 70 }} />
      <DataTable.Col source="unit.name" />
      <DataTable.Col source="topic" disableSort />
      <DataTable.Col source="kind">
        <EnumField source="kind" enumName="SupervisionKind" />
      </DataTable.Col>
      <DataTable.Col source="phases" disableSort>
        <PhaseProgress />
      </DataTable.Col>
      <DataTable.Col source="score" disableSort>
        <GradeField />
      </DataTable.Col>
    </DataTable>
  </List>
);
