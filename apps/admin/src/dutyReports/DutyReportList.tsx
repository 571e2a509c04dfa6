import { CreateButton, DataTable, DateField, DeleteButton, EditButton, FilterButton, List, TopToolbar, useTranslate } from 'react-admin';
import { useWho } from '../common/useWho';
import { fixedTownshipFilter } from '../permissions';
import { dutyReportFilters } from './DutyReportFilters';

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

/** 述职报告: one per member and year (a duty rule counts them). */
export const DutyReportList = () => {
  const { who, isPending } = useWho();
  const translate = useTranslate();
  if (isPending) return null;
  const fixed = fixedTownshipFilter(who);
  return (
    <List
      filters={dutyReportFilters(!!fixed)}
      filter={fixed}
      sort={{ field: 'submittedOn', order: 'DESC' }}
      perPage={25}
      exporter={false}
      actions={<Actions />}
      title={fixed ? translate('cppcc.duty_reports.own_title') : undefined}
      storeKey={fixed ? `dutyReports.township.${fixed.townshipId}` : undefined}
    >
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="member.name" />
        {!fixed && <DataTable.Col source="member.township.name" disableSort />}
        <DataTable.Col source="year" />
        <DataTable.Col source="submittedOn">
          <DateField source="submittedOn" locales="zh-CN" />
        </DataTable.Col>
        <DataTable.Col source="title" disableSort />
        <DataTable.Col label={false} disableSort>
          <EditButton />
          <DeleteButton mutationMode="pessimistic" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
