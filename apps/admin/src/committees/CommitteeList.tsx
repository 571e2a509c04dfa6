import { DataTable, List } from 'react-admin';
import { MemberCountLink } from '../common/MemberCountLink';
import { committeeFilters } from './CommitteeFilters';

export const CommitteeList = () => (
  <List filters={committeeFilters} sort={{ field: 'sortOrder', order: 'ASC' }} perPage={25} exporter={false}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="sortOrder" sx={{ width: 90, whiteSpace: 'nowrap' }} />
      <DataTable.Col source="name" sx={{ whiteSpace: 'nowrap' }} />
      <DataTable.Col source="description" disableSort sx={{ color: 'text.secondary' }} />
      <DataTable.NumberCol source="memberCount" disableSort>
        <MemberCountLink filterField="committeeId" />
      </DataTable.NumberCol>
    </DataTable>
  </List>
);
