import { Chip, MenuItem, Select } from '@mui/material';
import { useState } from 'react';
import {
  ArrayField,
  DataTable,
  DateField,
  DeleteButton,
  Labeled,
  NumberField,
  Show,
  TextField,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { Attendance } from '@cppcc/domain';
import { EnumField } from '../common/EnumField';
import { enumValue } from '../common/enumValue';
import { enumChoices } from '../common/enumChoices';
import { FormGrid, FormSection } from '../common/FormGrid';
import { ShowActions } from '../common/ShowActions';
import { TownshipNameField } from '../common/TownshipNameField';
import { useWho } from '../common/useWho';
import { gqlRequest } from '../graphql';
import { canDelete, canEdit } from '../permissions';
import { kindFields, type KindField } from './activityKinds';
import { graphql } from '../gql';
import { ClaimsOfRecord } from '../claims/ClaimsOfRecord';

const COLORS: Record<string, 'success' | 'warning' | 'error'> = {
  PRESENT: 'success',
  EXCUSED: 'warning',
  ABSENT: 'error',
};

const SET_ATTENDANCE = graphql(`
  mutation SetAttendance($activityId: ID!, $memberId: ID!, $attendance: Attendance!) {
    setActivityAttendance(activityId: $activityId, memberId: $memberId, attendance: $attendance) {
      id
      version
      presentCount
      participantCount
    }
  }
`);

/** 出席 / 请假 / 缺席; writers change it in place (setActivityAttendance). */
const AttendanceCell = ({ activity }: { activity?: { id: string; townshipId?: string | null } }) => {
  const row = useRecordContext<{ memberId: string; attendance: string }>();
  const { who } = useWho();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  if (!row) return null;
  const label = translate(`enum.Attendance.${row.attendance}`, { _: row.attendance });
  if (!activity || !canEdit(who, 'activities', activity))
    return <Chip size="small" color={COLORS[row.attendance]} variant="outlined" label={label} />;
  const change = async (attendance: Attendance) => {
    setBusy(true);
    try {
      await gqlRequest(SET_ATTENDANCE, { activityId: String(activity.id), memberId: String(row.memberId), attendance });
      notify('cppcc.activities.attendance_saved', { type: 'success' });
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Select
      size="small"
      value={row.attendance}
      disabled={busy}
      onChange={(e) => {
        const attendance = enumValue(Attendance, e.target.value);
        if (attendance) void change(attendance);
      }}
      onClick={(e) => e.stopPropagation()}
      sx={{ minWidth: 100 }}
      inputProps={{ 'aria-label': translate('resources.activities.fields.participants.attendance') }}
    >
      {enumChoices('Attendance').map((c) => (
        <MenuItem key={c.id} value={c.id}>
          {translate(c.name)}
        </MenuItem>
      ))}
    </Select>
  );
};

/** The participants with their attendance; the activity is read before the rows' own record context. */
const Participants = () => {
  const activity = useRecordContext<{ id: string; townshipId?: string | null }>();
  return (
    <ArrayField source="participants" label={false}>
      <DataTable
        bulkActionButtons={false}
        rowClick={(_id, _r, record) => `/members/${record.memberId}/show`}
        empty={<EmptyParticipants />}
      >
        <DataTable.Col source="member.name" label="resources.activities.fields.participants.memberId" />
        <DataTable.Col source="member.township.name" label="resources.members.fields.townshipId" />
        <DataTable.Col source="attendance" label="resources.activities.fields.participants.attendance">
          <AttendanceCell activity={activity} />
        </DataTable.Col>
      </DataTable>
    </ArrayField>
  );
};

const L = ({ children }: { children: React.ReactElement }) => <Labeled sx={{ mb: 1.5 }}>{children}</Labeled>;

const KindDetails = () => {
  const record = useRecordContext<{ kind?: string }>();
  const fields = kindFields(record?.kind);
  if (!fields.length) return null;
  const field = (f: KindField) => {
    switch (f) {
      case 'meetingKind':
        return <EnumField source={f} enumName="MeetingKind" />;
      case 'consultationScale':
        return <EnumField source={f} enumName="ConsultationScale" />;
      case 'outletLevel':
        return <EnumField source={f} enumName="GovernmentLevel" emptyText="—" />;
      case 'topic':
      case 'submittedTo':
      case 'reportTitle':
        return (
          <TextField
            source={f}
            emptyText="—"
            label={
              f === 'reportTitle' && record?.kind === 'RESEARCH' ? 'cppcc.activities.research_report_title' : undefined
            }
          />
        );
      default:
        return <NumberField source={f} emptyText="—" />;
    }
  };
  return (
    <>
      <FormSection title="cppcc.activities.section_kind" />
      <FormGrid columns={3}>
        {fields.map((f) => (
          <L key={f}>{field(f)}</L>
        ))}
      </FormGrid>
    </>
  );
};

/** 申报确认, for the kinds that can claim adopted suggestions. */
const ActivityClaims = () => {
  const record = useRecordContext<{ kind?: string }>();
  return record && kindFields(record.kind).includes('suggestionsAdopted') ? (
    <ClaimsOfRecord recordType="Activity" />
  ) : null;
};

const Actions = () => {
  const record = useRecordContext();
  const { who } = useWho();
  return (
    <ShowActions>
      {record && canDelete(who, 'activities', record) && <DeleteButton mutationMode="pessimistic" />}
    </ShowActions>
  );
};

export const ActivityShow = () => (
  <Show actions={<Actions />}>
    <div style={{ padding: '8px 16px 16px' }}>
      <FormSection title="cppcc.activities.section_basic" />
      <FormGrid columns={3}>
        <L>
          <TextField source="title" />
        </L>
        <L>
          <EnumField source="kind" enumName="ActivityKind" />
        </L>
        <L>
          <DateField source="heldOn" locales="zh-CN" />
        </L>
        <L>
          <TownshipNameField label="resources.activities.fields.townshipId" />
        </L>
        <L>
          <TextField source="location" emptyText="—" />
        </L>
        <L>
          <TextField source="notes" emptyText="—" />
        </L>
      </FormGrid>
      <KindDetails />
      <ActivityClaims />
      <FormSection title="cppcc.activities.section_participants" />
      <Participants />
    </div>
  </Show>
);

const EmptyParticipants = () => {
  const translate = useTranslate();
  return <span style={{ color: '#888', padding: 8 }}>{translate('cppcc.activities.no_participants')}</span>;
};
