import { Alert } from '@mui/material';
import {
  ArrayInput,
  NumberInput,
  required,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useTranslate,
  type SimpleFormProps,
} from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { PLAN_METRIC_KEYS, metricByKey } from '@cppcc/analytics';
import { FormGrid, FormSection } from '../common/FormGrid';
import { TownshipInput } from '../common/TownshipInput';
import { useFieldAccess } from '../common/useFieldAccess';
import { YearInput } from '../common/YearInput';

const QUARTERS = [
  { id: '', name: 'cppcc.plans.whole_year' },
  { id: 1, name: 'cppcc.plans.q1' },
  { id: 2, name: 'cppcc.plans.q2' },
  { id: 3, name: 'cppcc.plans.q3' },
  { id: 4, name: 'cppcc.plans.q4' },
];

/** The catalog metrics a plan item can target, by their Chinese names (集中学习, 调研报告, 视察报告 …). */
const METRIC_CHOICES = PLAN_METRIC_KEYS.map((key) => ({ id: key, name: metricByKey(key).label }));

const positive = (value: unknown) =>
  value == null || value === '' || (Number.isInteger(Number(value)) && Number(value) > 0)
    ? undefined
    : 'cppcc.plans.target_positive';

export const WorkPlanForm = (props: Omit<SimpleFormProps, 'children'>) => {
  const { canWrite } = useFieldAccess('workPlans');
  const translate = useTranslate();
  return (
    <SimpleForm toolbar={canWrite ? <EditToolbar /> : false} {...props}>
      <FormGrid columns={3}>
        <TownshipInput countyAllowed={false} />
        <YearInput source="year" validate={required()} />
        <TextInput source="title" validate={required()} />
      </FormGrid>
      <TextInput source="notes" multiline minRows={2} sx={{ maxWidth: 1200 }} />
      <FormSection title="cppcc.plans.items" />
      <Alert severity="info" sx={{ mb: 1, maxWidth: 1200 }}>
        {translate('cppcc.plans.items_hint')}
      </Alert>
      <ArrayInput source="items" label={false}>
        <SimpleFormIterator
          inline
          disableClear
          sx={{
            '& .RaSimpleFormIterator-action': { visibility: 'visible' },
            '& .RaSimpleFormIterator-line': { pb: 0.5 },
          }}
        >
          <SelectInput
            source="metricKey"
            choices={METRIC_CHOICES}
            validate={required()}
            label="resources.workPlans.fields.items.metricKey"
            translateChoice={false}
            sx={{ width: 180 }}
          />
          <SelectInput
            source="quarter"
            choices={QUARTERS}
            emptyValue=""
            emptyText="cppcc.plans.whole_year"
            label="resources.workPlans.fields.items.quarter"
            sx={{ width: 130 }}
          />
          <NumberInput
            source="target"
            validate={[required(), positive]}
            step={1}
            label="resources.workPlans.fields.items.target"
            sx={{ width: 110 }}
          />
          <TextInput source="description" label="resources.workPlans.fields.items.description" sx={{ width: 420 }} />
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleForm>
  );
};
