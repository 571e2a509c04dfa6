import FactCheckIcon from '@mui/icons-material/FactCheck';
import { lazy } from 'react';

const views = () => import('./views');

const ClaimList = lazy(() => views().then((m) => ({ default: m.ClaimList })));

export default {
  icon: FactCheckIcon,
  list: ClaimList,
  recordRepresentation: 'title',
};
