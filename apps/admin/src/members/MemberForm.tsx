import {
  AutocompleteInput,
  DateInput,
  ReferenceInput,
  required,
  SimpleForm,
  TextInput,
  type SimpleFormProps,
} from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { EnumInput } from '../common/EnumInput';
import { FormGrid, FormSection } from '../common/FormGrid';
import { useFieldAccess } from '../common/useFieldAccess';

/**
 * All member fields in four sections. Client-side checks are only "required"; everything else
 * (phone format, dates in the future, date order, lengths) comes back from the server on its field.
 */
export const MemberForm = (props: Omit<SimpleFormProps, 'children'>) => {
  const { can, canWrite } = useFieldAccess('members');
  const dis = (field: string) => !can(field);
  return (
    <SimpleForm toolbar={canWrite ? <EditToolbar archive /> : false} {...props}>
      <FormSection title="cppcc.members.section_basic" />
      <FormGrid columns={3}>
        <TextInput source="name" validate={required()} disabled={dis('name')} />
        <EnumInput source="gender" enumName="Gender" validate={required()} disabled={dis('gender')} />
        <TextInput source="ethnicity" disabled={dis('ethnicity')} />
        <DateInput source="birthDate" disabled={dis('birthDate')} />
        <EnumInput
          source="affiliation"
          enumName="PoliticalAffiliation"
          validate={required()}
          disabled={dis('affiliation')}
        />
      </FormGrid>
      <FormSection title="cppcc.members.section_cppcc" />
      <FormGrid columns={3}>
        <ReferenceInput source="sectorId" reference="sectors" sort={{ field: 'sortOrder', order: 'ASC' }} perPage={100}>
          <AutocompleteInput optionText="name" validate={required()} disabled={dis('sectorId')} />
        </ReferenceInput>
        <ReferenceInput
          source="townshipId"
          reference="townships"
          sort={{ field: 'sortOrder', order: 'ASC' }}
          perPage={100}
        >
          <AutocompleteInput optionText="name" validate={required()} disabled={dis('townshipId')} />
        </ReferenceInput>
        <EnumInput source="kind" enumName="MemberKind" validate={required()} disabled={dis('kind')} />
        <TextInput source="term" validate={required()} disabled={dis('term')} helperText="例如：第十一届" />
        <EnumInput source="status" enumName="MemberStatus" validate={required()} disabled={dis('status')} />
      </FormGrid>
      <FormSection title="cppcc.members.section_work" />
      <FormGrid columns={3}>
        <TextInput source="workUnit" disabled={dis('workUnit')} />
        <TextInput source="title" disabled={dis('title')} />
        <TextInput source="phone" disabled={dis('phone')} helperText="手机 11 位，或 区号-号码" />
      </FormGrid>
      <FormSection title="cppcc.members.section_tenure" />
      <FormGrid columns={3}>
        <DateInput source="joinedOn" disabled={dis('joinedOn')} />
        <DateInput source="leftOn" disabled={dis('leftOn')} />
        <TextInput source="leaveReason" disabled={dis('leaveReason')} />
      </FormGrid>
    </SimpleForm>
  );
};
