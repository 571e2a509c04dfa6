import { Create } from 'react-admin';
import { currentYear } from '../common/years';
import { SupervisionTargetForm } from './SupervisionTargetForm';

export const SupervisionTargetCreate = () => (
  <Create redirect="show">
    <SupervisionTargetForm defaultValues={{ year: currentYear(), kind: 'ANNUAL_EVALUATION' }} />
  </Create>
);
