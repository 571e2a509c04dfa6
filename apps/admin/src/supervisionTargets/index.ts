import FactCheckIcon from '@mui/icons-material/FactCheck';
import { lazy } from 'react';

const views = () => import('./views');

const SupervisionTargetList = lazy(() => views().then((m) => ({ default: m.SupervisionTargetList })));
const SupervisionTargetCreate = lazy(() => views().then((m) => ({ default: m.SupervisionTargetCreate })));
const SupervisionTargetEdit = lazy(() => views().then((m) => ({ default: m.SupervisionTargetEdit })));
const SupervisionTargetShow = lazy(() => views().then((m) => ({ default: m.SupervisionTargetShow })));

export default {
  icon: FactCheckIcon,
  list: SupervisionTargetList,
  create: SupervisionTargetCreate,
  edit: SupervisionTargetEdit,
  show: SupervisionTargetShow,
  recordRepresentation: (r: { topic?: string; unit?: { name?: string } }) => `${r.unit?.name ?? ''} · ${r.topic ?? ''}`,
};
