import { CreateButton, DataTable, DateField, FilterButton, List, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { TownshipNameField } from '../common/TownshipNameField';
import { useWho } from '../common/useWho';
import { fixedTownshipFilter } from '../permissions';
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
  const { who, isPending } = useWho();
  const translate = useTranslate();
  if (isPending) return null;
  const fixed = fixedTownshipFilter(who);
  return (
    <List
      filters={opinionReportFilters(!!fixed)}
      filter={fixed}
      sort={{ field: 'submittedOn', order: 'DESC' }}
      perPage={25}
      exporter={false}
      actions={<Actions />}
      title={fixed ? translate('cppcc.opinions.own_title') : undefined}
      storeKey={fixed ? `opinionReports.township.${fixed.townshipId}` : undefined}
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
