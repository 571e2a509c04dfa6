import { required, SimpleForm, TextInput } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { EnumInput } from '../common/EnumInput';
import { FormGrid } from '../common/FormGrid';
import { useFieldAccess } from '../common/useFieldAccess';

export const HandlingUnitForm = () => {
  const { canWrite } = useFieldAccess('handlingUnits');
  return (
    <SimpleForm toolbar={canWrite ? <EditToolbar archive /> : false} defaultValues={{ kind: 'GOVERNMENT_DEPARTMENT' }}>
      <FormGrid>
        <TextInput source="name" validate={required()} disabled={!canWrite} helperText="例如：县交通运输局" />
        <TextInput source="shortName" disabled={!canWrite} helperText="例如：县交通局" />
        <EnumInput source="kind" enumName="HandlingUnitKind" validate={required()} disabled={!canWrite} />
        <span />
        <TextInput source="contactPerson" disabled={!canWrite} />
        <TextInput source="contactPhone" disabled={!canWrite} helperText="手机 11 位，或 区号-号码" />
      </FormGrid>
    </SimpleForm>
  );
};
