import ArchiveIcon from '@mui/icons-material/Archive';
import {
  BulkDeleteButton,
  ColumnsButton,
  CreateButton,
  DataTable,
  DateField,
  ExportButton,
  FilterButton,
  List,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { EnumField } from '../common/EnumField';
import { useTownshipList } from '../common/useTownshipList';
import { ImportButton } from '../common/ImportButton';
import { canDelete } from '../permissions';
import { memberExporter } from './memberExporter';
import { memberFilters } from './MemberFilters';
import { MemberStatusField } from './MemberStatusField';
import { BirthDateField } from './BirthDateField';
import { NeedsDetailsChip } from './MemberHistory';

/** The name, with 资料待补 beside it for members whose joining date is missing. */
const NameField = (_props: { source?: string }) => {
  const record = useRecordContext<{ needsDetails?: boolean }>();
  return (
    <>
      <TextField source="name" sx={{ fontWeight: 'inherit' }} />
      {record?.needsDetails && <NeedsDetailsChip sx={{ ml: 1 }} />}
    </>
  );
};

const MemberListActions = () => (
  <TopToolbar>
    <FilterButton />
    <ColumnsButton />
    <CreateButton />
    <ImportButton kind="members" />
    <ExportButton maxResults={10000} />
  </TopToolbar>
);

export const MemberList = () => {
  const { who, isPending, fixed, listProps } = useTownshipList('members', memberFilters, 'cppcc.members.own_township');
  if (isPending) return null;
  return (
    <List
      {...listProps}
      sort={{ field: 'id', order: 'ASC' }}
      perPage={25}
      exporter={memberExporter}
      actions={<MemberListActions />}
    >
      <DataTable
        hiddenColumns={['ethnicity', 'term', 'title', 'joinedOn']}
        bulkActionButtons={
          canDelete(who, 'members') ? <BulkDeleteButton mutationMode="pessimistic" icon={<ArchiveIcon />} /> : false
        }
      >
        <DataTable.Col source="name" sx={{ fontWeight: 500, whiteSpace: 'nowrap' }}>
          <NameField source="name" />
        </DataTable.Col>
        <DataTable.Col source="gender" disableSort>
          <EnumField source="gender" enumName="Gender" />
        </DataTable.Col>
        <DataTable.Col source="ethnicity" disableSort />
        <DataTable.Col source="birthDate">
          <BirthDateField source="birthDate" />
        </DataTable.Col>
        <DataTable.Col source="affiliation" disableSort>
          <EnumField source="affiliation" enumName="PoliticalAffiliation" />
        </DataTable.Col>
        <DataTable.Col source="sector.name" />
        {!fixed && <DataTable.Col source="township.name" />}
        <DataTable.Col source="kind" disableSort>
          <EnumField source="kind" enumName="MemberKind" />
        </DataTable.Col>
        <DataTable.Col source="term" disableSort />
        <DataTable.Col source="status" disableSort>
          <MemberStatusField />
        </DataTable.Col>
        <DataTable.Col source="workUnit" disableSort />
        <DataTable.Col source="title" disableSort />
        <DataTable.Col source="phone" disableSort />
        <DataTable.Col source="joinedOn">
          <DateField source="joinedOn" locales="zh-CN" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
