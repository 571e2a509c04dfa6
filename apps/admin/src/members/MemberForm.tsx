import { useWatch } from 'react-hook-form';
import { MemberStatus } from '@cppcc/domain';
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
 * On create, a former member is entered whole: the leaving date (and, for 退出, the reason) only
 * when the chosen status is not 在任.
 */
const LeavingInputs = () => {
  const status = useWatch({ name: 'status' });
  if (!status || status === MemberStatus.ACTIVE) return null;
  return (
    <>
      <DateInput source="leftOn" validate={required()} />
      <TextInput source="leaveReason" validate={status === MemberStatus.WITHDRAWN ? required() : undefined} />
    </>
  );
};

/** On edit: the member's history fields, shown but changed only by the show page's verbs. */
const historyHelp = {
  townshipId: 'cppcc.members.verbs.by_transfer',
  status: 'cppcc.members.verbs.by_status',
  term: 'cppcc.members.verbs.by_reappoint',
  leftOn: 'cppcc.members.verbs.by_status',
  leaveReason: 'cppcc.members.verbs.by_status',
} as const;

/**
 * All member fields in four sections. Client-side checks are only "required"; everything else
 * (phone format, dates in the future, date order, lengths) comes back from the server on its field.
 * `editing`: township, status, term and leaving are read-only (updateMember refuses changes to them).
 */
export const MemberForm = ({
  editing = false,
  ...props
}: Omit<SimpleFormProps, 'children'> & { editing?: boolean }) => {
  const { can, canWrite } = useFieldAccess('members');
  const dis = (field: string) => !can(field);
  const historyField = (field: keyof typeof historyHelp) =>
    editing ? { disabled: true, helperText: historyHelp[field] } : { disabled: dis(field) };
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
          <AutocompleteInput optionText="name" validate={required()} {...historyField('townshipId')} />
        </ReferenceInput>
        <EnumInput source="kind" enumName="MemberKind" validate={required()} disabled={dis('kind')} />
        <TextInput
          source="term"
          validate={required()}
          helperText="cppcc.members.verbs.term_help"
          {...historyField('term')}
        />
        <EnumInput source="status" enumName="MemberStatus" validate={required()} {...historyField('status')} />
      </FormGrid>
      <FormSection title="cppcc.members.section_work" />
      <FormGrid columns={3}>
        <TextInput source="workUnit" disabled={dis('workUnit')} />
        <TextInput source="title" disabled={dis('title')} />
        <TextInput source="phone" disabled={dis('phone')} helperText="手机 11 位，或 区号-号码" />
      </FormGrid>
      <FormSection title="cppcc.members.section_tenure" />
      <FormGrid columns={3}>
        <DateInput source="joinedOn" validate={editing ? undefined : required()} disabled={dis('joinedOn')} />
        {editing ? (
          <>
            <DateInput source="leftOn" {...historyField('leftOn')} />
            <TextInput source="leaveReason" {...historyField('leaveReason')} />
          </>
        ) : (
          <LeavingInputs />
        )}
      </FormGrid>
    </SimpleForm>
  );
};
