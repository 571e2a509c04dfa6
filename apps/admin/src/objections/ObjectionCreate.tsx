// 提出异议: a township officer disputes a figure of their township while the county's review
// of the year is open. The server refuses outside the review period, naming the year.
import { Alert } from '@mui/material';
import { Create, required, SelectInput, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { groupedMetrics } from '../dashboard/analytics';
import { lastCompleteYear } from '../common/years';
import { YearInput } from '../common/YearInput';

const METRIC_CHOICES = groupedMetrics().flatMap(({ label, metrics }) =>
  metrics.map((m) => ({ id: m.key, name: `${label} · ${m.label}` })),
);

export const ObjectionCreate = () => {
  const translate = useTranslate();
  return (
    <Create redirect="list" title="cppcc.objections.raise">
      <SimpleForm defaultValues={{ year: lastCompleteYear() }} sx={{ maxWidth: 720 }}>
        <Alert severity="info" sx={{ mb: 2, width: '100%' }}>
          {translate('cppcc.objections.create_hint')}
        </Alert>
        <YearInput source="year" validate={required()} />
        <SelectInput source="metric" choices={METRIC_CHOICES} validate={required()} fullWidth />
        <TextInput
          source="reason"
          multiline
          minRows={3}
          validate={required()}
          helperText="cppcc.objections.reason_hint"
          fullWidth
        />
        <TextInput source="evidence" helperText="cppcc.objections.evidence_hint" fullWidth />
      </SimpleForm>
    </Create>
  );
};
