import { Alert } from '@mui/material';
import { useWatch } from 'react-hook-form';
import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
  ReferenceInput,
  required,
  SimpleForm,
  TextInput,
  useTranslate,
  type SimpleFormProps,
} from 'react-admin';
import { Role } from '@cppcc/domain';
import { EnumInput } from '../common/EnumInput';
import { FormGrid } from '../common/FormGrid';

/** A token acts as a role and is scoped like it: a township for officers, a unit for unit tokens. */
const ScopeInputs = () => {
  const role = useWatch({ name: 'role' });
  return (
    <>
      {(role === Role.TOWNSHIP_OFFICER || role === Role.API_CLIENT) && (
        <ReferenceInput
          source="townshipId"
          reference="townships"
          sort={{ field: 'sortOrder', order: 'ASC' }}
          perPage={100}
        >
          <AutocompleteInput
            optionText="name"
            validate={role === Role.TOWNSHIP_OFFICER ? required() : undefined}
            helperText={role === Role.API_CLIENT ? 'cppcc.tokens.township_optional' : undefined}
          />
        </ReferenceInput>
      )}
      {role === Role.HANDLING_UNIT && (
        <ReferenceInput
          source="handlingUnitId"
          reference="handlingUnits"
          sort={{ field: 'name', order: 'ASC' }}
          perPage={200}
        >
          <AutocompleteInput optionText="name" validate={required()} />
        </ReferenceInput>
      )}
    </>
  );
};

/** Personal data is masked for tokens unless granted here; the grant gets a warning and is audited by the server. */
const PersonalDataInput = () => {
  const granted = useWatch({ name: 'personalData' });
  const translate = useTranslate();
  return (
    <>
      <BooleanInput source="personalData" helperText="cppcc.tokens.personal_data_help" />
      {granted && (
        <Alert severity="warning" sx={{ mb: 2, maxWidth: 880 }}>
          {translate('cppcc.tokens.personal_data_warning')}
        </Alert>
      )}
    </>
  );
};

export const ApiTokenForm = (props: Omit<SimpleFormProps, 'children'>) => {
  const translate = useTranslate();
  return (
    <SimpleForm {...props}>
      <Alert severity="info" sx={{ mb: 2, maxWidth: 880 }}>
        {translate('cppcc.tokens.create_hint')}
      </Alert>
      <FormGrid>
        <TextInput source="name" validate={required()} helperText="cppcc.tokens.name_help" />
        <EnumInput source="role" enumName="Role" validate={required()} />
        <ScopeInputs />
        <DateInput source="expiresAt" helperText="cppcc.tokens.expires_help" />
      </FormGrid>
      <BooleanInput source="readOnly" helperText="cppcc.tokens.read_only_help" />
      <PersonalDataInput />
    </SimpleForm>
  );
};

export function apiTokenTransform<T extends Record<string, unknown>>(data: T): T {
  const out: Record<string, unknown> = { ...data };
  if (out.role !== Role.TOWNSHIP_OFFICER && out.role !== Role.API_CLIENT) out.townshipId = null;
  if (out.role !== Role.HANDLING_UNIT) out.handlingUnitId = null;
  return out as T;
}
