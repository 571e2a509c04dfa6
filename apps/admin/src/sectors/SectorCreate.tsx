import { Create } from 'react-admin';
import { SectorForm } from './SectorForm';

export const SectorCreate = () => (
  <Create redirect="list">
    <SectorForm />
  </Create>
);
