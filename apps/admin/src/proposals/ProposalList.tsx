import { CreateButton, DataTable, DateField, ExportButton, FilterButton, List, TopToolbar } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { TownshipNameField } from '../common/TownshipNameField';
import { useTownshipList } from '../common/useTownshipList';
import { proposalExporter } from './proposalExporter';
import { proposalFilters } from './ProposalFilters';
import { DeadlineField, ProposalStatusField, ProposerField, SerialField } from './ProposalFields';

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton label="cppcc.proposals.submit" />
    <ExportButton maxResults={5000} />
  </TopToolbar>
);

export const ProposalList = () => {
  const { isPending, fixed, listProps } = useTownshipList('proposals', proposalFilters, 'cppcc.proposals.own_title');
  if (isPending) return null;
  return (
    <List
      {...listProps}
      sort={{ field: 'submittedOn', order: 'DESC' }}
      perPage={25}
      exporter={proposalExporter}
      actions={<Actions />}
    >
      <DataTable bulkActionButtons={false} rowClick="show" hiddenColumns={['session', 'submittedOn', 'category']}>
        <DataTable.Col source="serialNo" label="resources.proposals.fields.serialNo">
          <SerialField />
        </DataTable.Col>
        <DataTable.Col source="title" sx={{ maxWidth: 360 }} />
        <DataTable.Col source="session" disableSort />
        <DataTable.Col source="submittedOn">
          <DateField source="submittedOn" locales="zh-CN" />
        </DataTable.Col>
        <DataTable.Col source="leadMemberId" disableSort label="resources.proposals.fields.proposer">
          <ProposerField />
        </DataTable.Col>
        {!fixed && (
          <DataTable.Col source="township.name" disableSort>
            <TownshipNameField />
          </DataTable.Col>
        )}
        <DataTable.Col source="category" disableSort>
          <EnumField source="category" enumName="ProposalCategory" />
        </DataTable.Col>
        <DataTable.Col source="status">
          <ProposalStatusField />
        </DataTable.Col>
        <DataTable.Col source="leadUnit.name" disableSort />
        <DataTable.Col source="deadline">
          <DeadlineField />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
