import { DataTable, DateField, FilterButton, List, TopToolbar } from 'react-admin';
import { auditEntryFilters } from './AuditEntryFilters';
import { AuditActionField, AuditActorField, AuditEntityField } from './AuditFields';

const Actions = () => (
  <TopToolbar>
    <FilterButton />
  </TopToolbar>
);

/** 操作日志: read-only, newest first. */
export const AuditEntryList = () => (
  <List
    filters={auditEntryFilters}
    sort={{ field: 'at', order: 'DESC' }}
    perPage={25}
    exporter={false}
    actions={<Actions />}
  >
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="at">
        <DateField source="at" showTime locales="zh-CN" />
      </DataTable.Col>
      <DataTable.Col source="actorName" disableSort>
        <AuditActorField />
      </DataTable.Col>
      <DataTable.Col source="action" disableSort>
        <AuditActionField />
      </DataTable.Col>
      <DataTable.Col source="entityType" disableSort>
        <AuditEntityField />
      </DataTable.Col>
      <DataTable.Col source="clientAddress" disableSort />
    </DataTable>
  </List>
);
