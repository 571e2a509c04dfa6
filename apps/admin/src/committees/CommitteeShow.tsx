import { ArrayField, DataTable, NumberField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { ShowActions } from '../common/ShowActions';

export const CommitteeShow = () => (
  <Show actions={<ShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="cppcc.tab.details">
        <TextField source="name" />
        <TextField source="description" emptyText="—" />
        <NumberField source="memberCount" />
        <NumberField source="sortOrder" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="cppcc.tab.roster" path="roster">
        <ArrayField source="members" label={false}>
          <DataTable
            bulkActionButtons={false}
            rowClick={(_id, _resource, record) => `/members/${record.memberId}/show`}
          >
            <DataTable.Col source="member.name" label="resources.committees.fields.members.memberId" />
            <DataTable.Col source="role" label="resources.committees.fields.members.role">
              <EnumField source="role" enumName="CommitteeRole" />
            </DataTable.Col>
            <DataTable.Col
              source="member.township.name"
              label="resources.committees.fields.members.member.township.name"
            />
            <DataTable.Col source="member.sector.name" label="resources.committees.fields.members.member.sector.name" />
          </DataTable>
        </ArrayField>
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
