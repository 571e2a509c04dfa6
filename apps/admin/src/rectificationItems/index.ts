import BuildCircleIcon from '@mui/icons-material/BuildCircle';
import { lazy } from 'react';

const views = () => import('./views');

const RectificationItemList = lazy(() => views().then((m) => ({ default: m.RectificationItemList })));
const RectificationItemEdit = lazy(() => views().then((m) => ({ default: m.RectificationItemEdit })));

export default {
  icon: BuildCircleIcon,
  list: RectificationItemList,
  edit: RectificationItemEdit,
  recordRepresentation: 'text',
};
