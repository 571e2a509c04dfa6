import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';
import { lazy } from 'react';

const views = () => import('./views');

const OpinionReportList = lazy(() => views().then((m) => ({ default: m.OpinionReportList })));
const OpinionReportCreate = lazy(() => views().then((m) => ({ default: m.OpinionReportCreate })));
const OpinionReportEdit = lazy(() => views().then((m) => ({ default: m.OpinionReportEdit })));
const OpinionReportShow = lazy(() => views().then((m) => ({ default: m.OpinionReportShow })));

export default {
  icon: RecordVoiceOverIcon,
  list: OpinionReportList,
  create: OpinionReportCreate,
  edit: OpinionReportEdit,
  show: OpinionReportShow,
  recordRepresentation: 'title',
};
