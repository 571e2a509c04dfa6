import { CreateButton, DataTable, DateField, FilterButton, List, TopToolbar, useRecordContext } from 'react-admin';
import { TownshipNameField } from '../common/TownshipNameField';
import { useTownshipList } from '../common/useTownshipList';
import { opinionReportFilters } from './OpinionReportFilters';
import { OpinionStatusField } from './OpinionStatusField';

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

export const SubmittersField = (_props: { label?: string }) => {
  const record = useRecordContext<{ submitters?: { id: string; name: string }[] }>();
  if (!record) return null;
  return <span>{(record.submitters ?? []).map((m) => m.name).join('、') || '—'}</span>;
};

export const OpinionReportList = () => {
  const { isPending, fixed, listProps } = useTownshipList(
    'opinionReports',
    opinionReportFilters,
    'cppcc.opinions.own_title',
  );
  if (isPending) return null;
  return (
    <List
      {...listProps}
      sort={{ field: 'submittedOn', order: 'DESC' }}
      perPage={25}
      exporter={false}
      actions={<Actions />}
    >
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="submittedOn">
          <DateField source="submittedOn" locales="zh-CN" />
        </DataTable.Col>
        <DataTable.Col source="title" sx={{ maxWidth: 420 }} />
        {!fixed && (
          <DataTable.Col source="township.name">
            <TownshipNameField />
          </DataTable.Col>
        )}
        <DataTable.Col source="submitterIds" disableSort>
          <SubmittersField />
        </DataTable.Col>
        <DataTable.Col source="status">
          <OpinionStatusField />
        </DataTable.Col>
        <DataTable.Col source="publishedIssue" disableSort />
      </DataTable>
    </List>
  );
};
