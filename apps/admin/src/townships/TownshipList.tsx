import { DataTable, List } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { MemberCountLink } from '../common/MemberCountLink';
import { townshipFilters } from './TownshipFilters';

export const TownshipList = () => (
  <List filters={townshipFilters} sort={{ field: 'sortOrder', order: 'ASC' }} perPage={25} exporter={false}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="sortOrder" sx={{ width: 90, whiteSpace: 'nowrap' }} />
      <DataTable.Col source="name" />
      <DataTable.Col source="code" />
      <DataTable.Col source="kind">
        <EnumField source="kind" enumName="TownshipKind" />
      </DataTable.Col>
      <DataTable.Col source="bodyName" disableSort />
      <DataTable.Col source="bodyKind" disableSort>
        <EnumField source="bodyKind" enumName="CppccBodyKind" />
      </DataTable.Col>
      <DataTable.Col source="director" disableSort />
      <DataTable.NumberCol source="memberCount" disableSort>
        <MemberCountLink filterField="townshipId" />
      </DataTable.NumberCol>
    </DataTable>
  </List>
);
