import DescriptionIcon from '@mui/icons-material/Description';
import { lazy } from 'react';

const views = () => import('./views');

const ProposalList = lazy(() => views().then((m) => ({ default: m.ProposalList })));
const ProposalCreate = lazy(() => views().then((m) => ({ default: m.ProposalCreate })));
const ProposalEdit = lazy(() => views().then((m) => ({ default: m.ProposalEdit })));
const ProposalShow = lazy(() => views().then((m) => ({ default: m.ProposalShow })));

export default {
  icon: DescriptionIcon,
  list: ProposalList,
  create: ProposalCreate,
  edit: ProposalEdit,
  show: ProposalShow,
  recordRepresentation: 'title',
};
