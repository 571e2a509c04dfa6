import { Alert } from '@mui/material';
import { useWatch } from 'react-hook-form';
import {
  AutocompleteInput,
  BooleanInput,
  PasswordInput,
  ReferenceInput,
  required,
  SimpleForm,
  TextInput,
  useTranslate,
  type SimpleFormProps,
} from 'react-admin';
import { userRules } from '@cppcc/domain';
import { EditToolbar } from '../common/EditToolbar';
import { EnumInput } from '../common/EnumInput';
import { FormGrid, FormSection } from '../common/FormGrid';
import { takesTownship, takesUnit } from './userTransform';

const passwordRule = (value: unknown) => {
  if (value == null || value === '') return undefined;
  return userRules.password('password', String(value))[0]?.message;
};
const usernameRule = (value: unknown) =>
  value ? userRules.username('username', String(value))[0]?.message : undefined;

/** Role-dependent scope: a township for officers, a unit for unit users. */
const ScopeInputs = () => {
  const role = useWatch({ name: 'role' });
  const translate = useTranslate();
  return (
    <>
      {takesTownship(role) && (
        <ReferenceInput
          source="townshipId"
          reference="townships"
          sort={{ field: 'sortOrder', order: 'ASC' }}
          perPage={100}
        >
          <AutocompleteInput
            optionText="name"
            validate={required()}
            helperText={translate('cppcc.users.township_help')}
          />
        </ReferenceInput>
      )}
      {takesUnit(role) && (
        <ReferenceInput
          source="handlingUnitId"
          reference="handlingUnits"
          sort={{ field: 'name', order: 'ASC' }}
          perPage={200}
        >
          <AutocompleteInput optionText="name" validate={required()} helperText={translate('cppcc.users.unit_help')} />
        </ReferenceInput>
      )}
    </>
  );
};

/** Password: required on create; on edit only after ticking 修改密码. */
const PasswordInputs = ({ creating }: { creating: boolean }) => {
  const change = useWatch({ name: 'changePassword' });
  if (creating)
    return (
      <PasswordInput
        source="password"
        validate={[required(), passwordRule]}
        autoComplete="new-password"
        helperText="cppcc.users.password_help"
      />
    );
  return (
    <>
      <BooleanInput source="changePassword" label="cppcc.users.change_password" />
      {change && (
        <PasswordInput
          source="password"
          validate={[required(), passwordRule]}
          autoComplete="new-password"
          helperText="cppcc.users.password_help"
        />
      )}
    </>
  );
};

export const UserForm = ({
  creating = false,
  ...props
}: Omit<SimpleFormProps, 'children'> & { creating?: boolean }) => {
  const translate = useTranslate();
  return (
    <SimpleForm toolbar={<EditToolbar />} {...props}>
      <FormSection title="cppcc.users.section_account" />
      <FormGrid>
        <TextInput source="username" validate={[required(), usernameRule]} autoComplete="off" />
        <TextInput source="displayName" validate={required()} />
        <EnumInput source="role" enumName="Role" validate={required()} />
        <ScopeInputs />
      </FormGrid>
      <FormSection title="cppcc.users.section_password" />
      <FormGrid>
        <PasswordInputs creating={creating} />
      </FormGrid>
      {!creating && (
        <>
          <FormSection title="cppcc.users.status" />
          <BooleanInput source="disabled" label="cppcc.users.disable_login" helperText="cppcc.users.disable_help" />
        </>
      )}
      {creating && (
        <Alert severity="info" sx={{ mt: 1, maxWidth: 880 }}>
          {translate('cppcc.users.create_hint')}
        </Alert>
      )}
    </SimpleForm>
  );
};
