import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import { lazy } from 'react';

const views = () => import('./views');

const ObjectionList = lazy(() => views().then((m) => ({ default: m.ObjectionList })));
const ObjectionCreate = lazy(() => views().then((m) => ({ default: m.ObjectionCreate })));

export default {
  icon: ReportProblemIcon,
  list: ObjectionList,
  create: ObjectionCreate,
  recordRepresentation: 'reason',
};
