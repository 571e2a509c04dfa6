import HistoryIcon from '@mui/icons-material/History';
import { createElement, lazy } from 'react';
import { AuditTitle } from './AuditFields';

const views = () => import('./views');

const AuditEntryList = lazy(() => views().then((m) => ({ default: m.AuditEntryList })));
const AuditEntryShow = lazy(() => views().then((m) => ({ default: m.AuditEntryShow })));

export default {
  icon: HistoryIcon,
  list: AuditEntryList,
  show: AuditEntryShow,
  recordRepresentation: createElement(AuditTitle),
};
