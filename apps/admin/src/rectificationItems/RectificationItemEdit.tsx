import { DateInput, required, SimpleForm, TextInput } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { VersionedEdit } from '../common/VersionedEdit';

export const RectificationItemEdit = () => (
  <VersionedEdit
    redirect={(_r: string, _id: unknown, data: { targetId?: string }) => `supervisionTargets/${data?.targetId}/show`}
  >
    <SimpleForm toolbar={<EditToolbar />}>
      <TextInput source="text" validate={required()} multiline minRows={2} sx={{ maxWidth: 880 }} />
      <DateInput source="dueOn" />
    </SimpleForm>
  </VersionedEdit>
);
