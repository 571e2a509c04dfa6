import { Create } from 'react-admin';
import { HandlingUnitForm } from './HandlingUnitForm';

export const HandlingUnitCreate = () => (
  <Create redirect="show">
    <HandlingUnitForm />
  </Create>
);
