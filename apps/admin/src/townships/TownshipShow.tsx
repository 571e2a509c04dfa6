import {
  DataTable,
  DateField,
  NumberField,
  Pagination,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextField,
} from 'react-admin';
import { EnumField } from '../common/EnumField';
import { ShowActions } from '../common/ShowActions';
import { MemberStatusField } from '../members/MemberStatusField';

export const TownshipShow = () => (
  <Show actions={<ShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="cppcc.tab.details">
        <TextField source="name" />
        <TextField source="code" />
        <EnumField source="kind" enumName="TownshipKind" />
        <TextField source="bodyName" emptyText="—" />
        <EnumField source="bodyKind" enumName="CppccBodyKind" emptyText="—" />
        <TextField source="director" emptyText="—" />
        <TextField source="phone" emptyText="—" />
        <TextField source="address" emptyText="—" />
        <NumberField source="memberCount" />
        <NumberField source="sortOrder" />
        <DateField source="updatedAt" showTime locales="zh-CN" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.members.name" path="members">
        <ReferenceManyField
          reference="members"
          target="townshipId"
          sort={{ field: 'name', order: 'ASC' }}
          perPage={25}
          pagination={<Pagination />}
        >
          <DataTable bulkActionButtons={false} rowClick="show">
            <DataTable.Col source="name" label="resources.members.fields.name" />
            <DataTable.Col source="gender" label="resources.members.fields.gender">
              <EnumField source="gender" enumName="Gender" />
            </DataTable.Col>
            <DataTable.Col source="sector.name" label="resources.members.fields.sectorId" />
            <DataTable.Col source="kind" label="resources.members.fields.kind" disableSort>
              <EnumField source="kind" enumName="MemberKind" />
            </DataTable.Col>
            <DataTable.Col source="workUnit" label="resources.members.fields.workUnit" disableSort />
            <DataTable.Col source="status" label="resources.members.fields.status" disableSort>
              <MemberStatusField />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
