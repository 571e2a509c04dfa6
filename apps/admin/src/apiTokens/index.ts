import KeyIcon from '@mui/icons-material/Key';
import { lazy } from 'react';

const views = () => import('./views');

const ApiTokenList = lazy(() => views().then((m) => ({ default: m.ApiTokenList })));
const ApiTokenCreate = lazy(() => views().then((m) => ({ default: m.ApiTokenCreate })));
const ApiTokenShow = lazy(() => views().then((m) => ({ default: m.ApiTokenShow })));

export default {
  icon: KeyIcon,
  list: ApiTokenList,
  create: ApiTokenCreate,
  show: ApiTokenShow,
  recordRepresentation: 'name',
};
