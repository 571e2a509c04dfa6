import { Alert } from '@mui/material';
import {
  ArrayInput,
  AutocompleteInput,
  NumberInput,
  ReferenceInput,
  required,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useTranslate,
} from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { EnumInput } from '../common/EnumInput';
import { FormGrid, FormSection } from '../common/FormGrid';
import { useFieldAccess } from '../common/useFieldAccess';
import { memberOptionText } from './memberOption';

/** Name, description, order, and the roster: the whole list is sent and replaces the old one. */
export const CommitteeForm = () => {
  const { canWrite } = useFieldAccess('committees');
  const translate = useTranslate();
  return (
    <SimpleForm toolbar={canWrite ? <EditToolbar /> : false}>
      <FormGrid>
        <TextInput source="name" validate={required()} disabled={!canWrite} />
        <NumberInput source="sortOrder" step={1} disabled={!canWrite} />
      </FormGrid>
      <TextInput source="description" multiline minRows={2} disabled={!canWrite} sx={{ maxWidth: 880 }} />
      <FormSection title="cppcc.tab.roster" />
      <Alert severity="info" sx={{ mb: 1, maxWidth: 880 }}>
        {translate('cppcc.committees.roster_hint')}
      </Alert>
      <ArrayInput source="members" label={false}>
        <SimpleFormIterator
          inline
          disableReordering
          disableClear
          // Remove buttons always visible (react-admin shows them on hover only).
          sx={{
            '& .RaSimpleFormIterator-action': { visibility: 'visible' },
            '& .RaSimpleFormIterator-line': { pb: 0.5 },
          }}
        >
          <ReferenceInput source="memberId" reference="members" sort={{ field: 'name', order: 'ASC' }} perPage={20}>
            <AutocompleteInput optionText={memberOptionText} validate={required()} sx={{ width: 320 }} />
          </ReferenceInput>
          <EnumInput
            source="role"
            enumName="CommitteeRole"
            defaultValue="MEMBER"
            validate={required()}
            sx={{ width: 160 }}
          />
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleForm>
  );
};
