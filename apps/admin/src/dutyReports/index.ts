import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { lazy } from 'react';

const views = () => import('./views');

const DutyReportList = lazy(() => views().then((m) => ({ default: m.DutyReportList })));
const DutyReportCreate = lazy(() => views().then((m) => ({ default: m.DutyReportCreate })));
const DutyReportEdit = lazy(() => views().then((m) => ({ default: m.DutyReportEdit })));

export default {
  icon: AssignmentIndIcon,
  list: DutyReportList,
  create: DutyReportCreate,
  edit: DutyReportEdit,
  recordRepresentation: (r: { member?: { name?: string }; year?: number }) => `${r.member?.name ?? ''} ${r.year ?? ''}`,
};
