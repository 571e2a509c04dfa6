import { Alert } from '@mui/material';
import { useWatch } from 'react-hook-form';
import {
  ArrayInput,
  DateInput,
  NumberInput,
  required,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useTranslate,
  type SimpleFormProps,
} from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { EnumInput } from '../common/EnumInput';
import { FormGrid, FormSection } from '../common/FormGrid';
import { MemberPicker } from '../common/MemberPicker';
import { TownshipInput } from '../common/TownshipInput';
import { useFieldAccess } from '../common/useFieldAccess';
import { kindFields, REQUIRED_KIND_FIELDS, type KindField } from './activityKinds';

const nonNegative = (value: unknown) =>
  value != null && value !== '' && Number(value) < 0 ? 'cppcc.work.non_negative' : undefined;

/** Only the inputs of the chosen kind (会议类型 for meetings, 协商规模 and 主题 for consultations, …). */
const KindInputs = () => {
  const kind = useWatch({ name: 'kind' }) as string | undefined;
  const adopted = Number(useWatch({ name: 'suggestionsAdopted' }) ?? 0);
  const translate = useTranslate();
  const fields = kindFields(kind);
  const req = (f: KindField) =>
    REQUIRED_KIND_FIELDS[kind as keyof typeof REQUIRED_KIND_FIELDS]?.includes(f) ? required() : undefined;
  if (!kind)
    return (
      <Alert severity="info" sx={{ maxWidth: 880 }}>
        {translate('cppcc.activities.pick_kind')}
      </Alert>
    );
  if (!fields.length)
    return (
      <Alert severity="info" sx={{ maxWidth: 880 }}>
        {translate('cppcc.activities.no_kind_fields')}
      </Alert>
    );
  const input = (f: KindField) => {
    switch (f) {
      case 'meetingKind':
        return <EnumInput key={f} source={f} enumName="MeetingKind" validate={req(f)} />;
      case 'consultationScale':
        return <EnumInput key={f} source={f} enumName="ConsultationScale" validate={req(f)} />;
      case 'outletLevel':
        return <EnumInput key={f} source={f} enumName="GovernmentLevel" />;
      case 'topic':
      case 'submittedTo':
        return <TextInput key={f} source={f} />;
      case 'reportTitle':
        return (
          <TextInput
            key={f}
            source={f}
            label={
              kind === 'RESEARCH' ? 'cppcc.activities.research_report_title' : 'cppcc.activities.inspection_report'
            }
          />
        );
      default:
        return <NumberInput key={f} source={f} step={1} validate={nonNegative} />;
    }
  };
  return (
    <FormGrid columns={3}>
      {fields.map(input)}
      {fields.includes('suggestionsAdopted') && adopted > 0 && (
        // A township's adopted suggestions count once the county confirms them against this.
        <TextInput
          source="claimEvidence"
          helperText="cppcc.activities.evidence_help"
          sx={{ gridColumn: { md: 'span 2' } }}
        />
      )}
    </FormGrid>
  );
};

export const ActivityForm = (props: Omit<SimpleFormProps, 'children'>) => {
  const { can, canWrite } = useFieldAccess('activities');
  const translate = useTranslate();
  return (
    <SimpleForm toolbar={canWrite ? <EditToolbar /> : false} {...props}>
      <FormSection title="cppcc.activities.section_basic" />
      <FormGrid columns={3}>
        <TextInput source="title" validate={required()} sx={{ gridColumn: { md: 'span 2' } }} />
        <EnumInput source="kind" enumName="ActivityKind" validate={required()} />
        <DateInput source="heldOn" validate={required()} />
        <TownshipInput />
        <TextInput source="location" />
      </FormGrid>
      <FormSection title="cppcc.activities.section_kind" />
      <KindInputs />
      <FormSection title="cppcc.activities.section_participants" />
      <Alert severity="info" sx={{ mb: 1, maxWidth: 880 }}>
        {translate(
          can('townshipId') ? 'cppcc.activities.participants_hint' : 'cppcc.activities.participants_hint_officer',
        )}
      </Alert>
      <ArrayInput source="participants" label={false}>
        <SimpleFormIterator
          inline
          disableReordering
          disableClear
          sx={{
            '& .RaSimpleFormIterator-action': { visibility: 'visible' },
            '& .RaSimpleFormIterator-line': { pb: 0.5 },
          }}
        >
          <MemberPicker
            source="memberId"
            label="resources.activities.fields.participants.memberId"
            validate={required()}
            sx={{ width: 300 }}
          />
          <EnumInput
            source="attendance"
            enumName="Attendance"
            defaultValue="PRESENT"
            validate={required()}
            label="resources.activities.fields.participants.attendance"
            sx={{ width: 140 }}
          />
        </SimpleFormIterator>
      </ArrayInput>
      <TextInput source="notes" multiline minRows={2} sx={{ maxWidth: 880 }} />
    </SimpleForm>
  );
};
