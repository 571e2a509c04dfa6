import {
  CreateButton,
  DataTable,
  DateField,
  DeleteButton,
  EditButton,
  FilterButton,
  List,
  TopToolbar,
} from 'react-admin';
import { useTownshipList } from '../common/useTownshipList';
import { dutyReportFilters } from './DutyReportFilters';

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

/** 述职报告: one per member and year (a duty rule counts them). */
export const DutyReportList = () => {
  const { isPending, fixed, listProps } = useTownshipList(
    'dutyReports',
    dutyReportFilters,
    'cppcc.duty_reports.own_title',
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
