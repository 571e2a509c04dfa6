import {
  CreateButton,
  DataTable,
  DateField,
  ExportButton,
  FilterButton,
  List,
  NumberField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { TownshipNameField } from '../common/TownshipNameField';
import { useTownshipList } from '../common/useTownshipList';
import { ImportButton } from '../common/ImportButton';
import { activityExporter } from './activityExporter';
import { activityFilters } from './ActivityFilters';

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ImportButton kind="activities" />
    <ExportButton maxResults={5000} />
  </TopToolbar>
);

/** 出席 present / all participant rows. */
const AttendanceField = (_props: { label?: string }) => {
  const record = useRecordContext<{ presentCount?: number; participantCount?: number }>();
  if (!record) return null;
  return (
    <span>
      {record.presentCount ?? 0}/{record.participantCount ?? 0}
    </span>
  );
};

/** The kind, with the meeting kind or consultation scale that classifies it. */
const KindField = (_props: { label?: string }) => {
  const record = useRecordContext<{ kind?: string; meetingKind?: string | null; consultationScale?: string | null }>();
  const translate = useTranslate();
  if (!record?.kind) return null;
  const sub = record.meetingKind
    ? translate(`enum.MeetingKind.${record.meetingKind}`)
    : record.consultationScale
      ? translate(`enum.ConsultationScale.${record.consultationScale}`)
      : null;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {translate(`enum.ActivityKind.${record.kind}`, { _: record.kind })}
      {sub && <span style={{ color: '#777' }}> · {sub}</span>}
    </span>
  );
};

export const ActivityList = () => {
  const { isPending, fixed, listProps } = useTownshipList('activities', activityFilters, 'cppcc.activities.own_title');
  if (isPending) return null;
  return (
    <List
      {...listProps}
      sort={{ field: 'heldOn', order: 'DESC' }}
      perPage={25}
      actions={<Actions />}
      exporter={activityExporter}
    >
      <DataTable bulkActionButtons={false} rowClick="show" hiddenColumns={['location']}>
        <DataTable.Col source="heldOn">
          <DateField source="heldOn" locales="zh-CN" />
        </DataTable.Col>
        <DataTable.Col source="title" sx={{ maxWidth: 380 }} />
        <DataTable.Col source="kind">
          <KindField />
        </DataTable.Col>
        {!fixed && (
          <DataTable.Col source="township.name">
            <TownshipNameField />
          </DataTable.Col>
        )}
        <DataTable.Col source="location" disableSort />
        <DataTable.Col source="presentCount" disableSort label="cppcc.activities.attendance">
          <AttendanceField />
        </DataTable.Col>
        <DataTable.NumberCol source="suggestionsMade" disableSort>
          <NumberField source="suggestionsMade" />
        </DataTable.NumberCol>
      </DataTable>
    </List>
  );
};
