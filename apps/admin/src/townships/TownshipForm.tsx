import { Alert } from '@mui/material';
import { NumberInput, required, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { EnumInput } from '../common/EnumInput';
import { FormGrid } from '../common/FormGrid';
import { useFieldAccess } from '../common/useFieldAccess';
import { useWho } from '../common/useWho';
import { Role } from '../permissions';

/** Create and edit form; an officer editing their own township may change only its contact fields (identity is read-only). */
export const TownshipForm = ({ mode }: { mode: 'create' | 'edit' }) => {
  const { can, canWrite } = useFieldAccess('townships');
  const { who } = useWho();
  const translate = useTranslate();
  const officer = who?.role === Role.TOWNSHIP_OFFICER;
  return (
    <SimpleForm
      toolbar={canWrite ? <EditToolbar /> : false}
      defaultValues={mode === 'create' ? { kind: 'TOWN' } : undefined}
    >
      {officer && mode === 'edit' && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('cppcc.townships.officer_hint')}
        </Alert>
      )}
      <FormGrid>
        <TextInput source="name" validate={required()} disabled={!can('name')} />
        <TextInput source="code" validate={required()} disabled={!can('code')} helperText="9 位数字" />
        <EnumInput source="kind" enumName="TownshipKind" validate={required()} disabled={!can('kind')} />
        <NumberInput source="sortOrder" disabled={!can('sortOrder')} step={1} />
        <TextInput source="bodyName" disabled={!can('bodyName')} helperText="例如：高塘镇政协工委" />
        <EnumInput source="bodyKind" enumName="CppccBodyKind" disabled={!can('bodyKind')} emptyText=" " />
        <TextInput source="director" disabled={!can('director')} />
        <TextInput source="phone" disabled={!can('phone')} />
        <TextInput source="address" disabled={!can('address')} />
      </FormGrid>
    </SimpleForm>
  );
};
