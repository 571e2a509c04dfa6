import { DataTable, List } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { MemberCountLink } from '../common/MemberCountLink';
import { sectorFilters } from './SectorFilters';

export const SectorList = () => (
  <List filters={sectorFilters} sort={{ field: 'sortOrder', order: 'ASC' }} perPage={25} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick="edit">
      <DataTable.Col source="sortOrder" sx={{ width: 90, whiteSpace: 'nowrap' }} />
      <DataTable.Col source="name" />
      <DataTable.Col source="category" disableSort>
        <EnumField source="category" enumName="SectorCategory" />
      </DataTable.Col>
      <DataTable.NumberCol source="memberCount" disableSort>
        <MemberCountLink filterField="sectorId" />
      </DataTable.NumberCol>
    </DataTable>
  </List>
);
