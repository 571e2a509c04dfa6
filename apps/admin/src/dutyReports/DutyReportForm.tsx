import { DateInput, required, SimpleForm, TextInput, type SimpleFormProps } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { FormGrid } from '../common/FormGrid';
import { MemberPicker } from '../common/MemberPicker';
import { useFieldAccess } from '../common/useFieldAccess';
import { YearInput } from '../common/YearInput';

export const DutyReportForm = (props: Omit<SimpleFormProps, 'children'>) => {
  const { canWrite } = useFieldAccess('dutyReports');
  return (
    <SimpleForm toolbar={canWrite ? <EditToolbar /> : false} {...props}>
      <FormGrid>
        <MemberPicker source="memberId" validate={required()} activeOnly={false} />
        <YearInput source="year" validate={required()} helperText="cppcc.duty_reports.year_help" />
        <DateInput source="submittedOn" validate={required()} />
        <TextInput source="title" />
      </FormGrid>
    </SimpleForm>
  );
};
