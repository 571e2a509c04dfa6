import ChecklistIcon from '@mui/icons-material/Checklist';
import { lazy } from 'react';

const views = () => import('./views');

const WorkPlanList = lazy(() => views().then((m) => ({ default: m.WorkPlanList })));
const WorkPlanCreate = lazy(() => views().then((m) => ({ default: m.WorkPlanCreate })));
const WorkPlanEdit = lazy(() => views().then((m) => ({ default: m.WorkPlanEdit })));
const WorkPlanShow = lazy(() => views().then((m) => ({ default: m.WorkPlanShow })));

export default {
  icon: ChecklistIcon,
  list: WorkPlanList,
  create: WorkPlanCreate,
  edit: WorkPlanEdit,
  show: WorkPlanShow,
  recordRepresentation: 'title',
};
