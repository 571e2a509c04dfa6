import { DataTable, List, TextField } from 'react-admin';
import { ArchiveButton } from '../common/ArchiveButton';
import { ArchivedChip } from '../common/ArchivedChip';
import { EnumField } from '../common/EnumField';
import { useWho } from '../common/useWho';
import { canDelete } from '../permissions';
import { handlingUnitFilters } from './HandlingUnitFilters';

export const HandlingUnitList = () => {
  const { who } = useWho();
  return (
    <List filters={handlingUnitFilters} sort={{ field: 'name', order: 'ASC' }} perPage={25} exporter={false}>
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="name" sx={{ whiteSpace: 'nowrap' }}>
          <TextField source="name" />
          <ArchivedChip />
        </DataTable.Col>
        <DataTable.Col source="shortName" disableSort />
        <DataTable.Col source="kind" disableSort>
          <EnumField source="kind" enumName="HandlingUnitKind" />
        </DataTable.Col>
        <DataTable.Col source="contactPerson" disableSort />
        <DataTable.Col source="contactPhone" disableSort />
        {canDelete(who, 'handlingUnits') && (
          <DataTable.Col label="" disableSort align="right">
            <ArchiveButton redirect={false} />
          </DataTable.Col>
        )}
      </DataTable>
    </List>
  );
};
