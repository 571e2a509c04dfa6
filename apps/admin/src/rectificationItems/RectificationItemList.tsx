import { DataTable, DateField, FilterButton, List, TopToolbar } from 'react-admin';
import { lastCompleteYear } from '../common/years';
import { rectificationItemFilters } from './RectificationItemFilters';
import { RectificationStatusField } from './RectificationStatusField';

const Actions = () => (
  <TopToolbar>
    <FilterButton />
  </TopToolbar>
);

/** 整改事项 across supervision targets; new items are added on a target's page. */
export const RectificationItemList = () => (
  <List
    filters={rectificationItemFilters}
    filterDefaultValues={{ year: lastCompleteYear() }}
    sort={{ field: 'dueOn', order: 'ASC' }}
    perPage={25}
    exporter={false}
    actions={<Actions />}
  >
    <DataTable bulkActionButtons={false} rowClick={(_id, _r, record) => `/supervisionTargets/${record.targetId}/show`}>
      <DataTable.Col source="target.unit.name" disableSort />
      <DataTable.Col source="target.topic" disableSort />
      <DataTable.Col source="text" disableSort sx={{ maxWidth: 420 }} />
      <DataTable.Col source="dueOn">
        <DateField source="dueOn" locales="zh-CN" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <RectificationStatusField withActions />
      </DataTable.Col>
    </DataTable>
  </List>
);
