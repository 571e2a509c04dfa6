import { NumberInput, required, SimpleForm, TextInput } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { EnumInput } from '../common/EnumInput';
import { FormGrid } from '../common/FormGrid';
import { useFieldAccess } from '../common/useFieldAccess';

export const SectorForm = () => {
  const { canWrite } = useFieldAccess('sectors');
  return (
    <SimpleForm toolbar={canWrite ? <EditToolbar /> : false} defaultValues={{ category: 'SECTOR' }}>
      <FormGrid>
        <TextInput source="name" validate={required()} disabled={!canWrite} />
        <EnumInput source="category" enumName="SectorCategory" validate={required()} disabled={!canWrite} />
        <NumberInput source="sortOrder" step={1} disabled={!canWrite} />
      </FormGrid>
    </SimpleForm>
  );
};
