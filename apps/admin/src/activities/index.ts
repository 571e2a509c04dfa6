import EventNoteIcon from '@mui/icons-material/EventNote';
import { lazy } from 'react';

const views = () => import('./views');

const ActivityList = lazy(() => views().then((m) => ({ default: m.ActivityList })));
const ActivityCreate = lazy(() => views().then((m) => ({ default: m.ActivityCreate })));
const ActivityEdit = lazy(() => views().then((m) => ({ default: m.ActivityEdit })));
const ActivityShow = lazy(() => views().then((m) => ({ default: m.ActivityShow })));

export default {
  icon: EventNoteIcon,
  list: ActivityList,
  create: ActivityCreate,
  edit: ActivityEdit,
  show: ActivityShow,
  recordRepresentation: 'title',
};
