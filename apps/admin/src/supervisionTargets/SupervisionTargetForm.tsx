import {
  AutocompleteInput,
  DateInput,
  ReferenceInput,
  required,
  SimpleForm,
  TextInput,
  useRecordContext,
  type SimpleFormProps,
} from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { EnumInput } from '../common/EnumInput';
import { FormGrid, FormSection } from '../common/FormGrid';
import { YearInput } from '../common/YearInput';

const PHASE_FIELDS = [
  ['PLAN_CHECK', 'planCheckOn', 'planCheckNotes'],
  ['MID_YEAR_URGING', 'midYearOn', 'midYearNotes'],
  ['EVALUATION', 'evaluationOn', 'evaluationNotes'],
  ['LOOK_BACK', 'lookBackOn', 'lookBackNotes'],
] as const;

/** On edit: the date and notes of phases already recorded may be corrected (new phases are recorded on the show page). */
const PhaseCorrections = () => {
  const record = useRecordContext<{ phases?: string[] }>();
  const recorded = PHASE_FIELDS.filter(([phase]) => record?.phases?.includes(phase));
  if (!recorded.length) return null;
  return (
    <>
      <FormSection title="cppcc.supervision.corrections" />
      <FormGrid>
        {recorded.flatMap(([, on, notes]) => [
          <DateInput key={on} source={on} validate={required()} />,
          <TextInput key={notes} source={notes} />,
        ])}
      </FormGrid>
    </>
  );
};

export const SupervisionTargetForm = (props: Omit<SimpleFormProps, 'children'>) => (
  <SimpleForm toolbar={<EditToolbar />} {...props}>
    <FormGrid>
      <YearInput source="year" validate={required()} />
      <ReferenceInput source="unitId" reference="handlingUnits" sort={{ field: 'name', order: 'ASC' }} perPage={200}>
        <AutocompleteInput optionText="name" validate={required()} />
      </ReferenceInput>
      <EnumInput source="kind" enumName="SupervisionKind" validate={required()} />
      <TextInput source="topic" validate={required()} />
    </FormGrid>
    <PhaseCorrections />
  </SimpleForm>
);
