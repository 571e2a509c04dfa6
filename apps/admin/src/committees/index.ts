import GroupsIcon from '@mui/icons-material/Groups';
import { CommitteeCreate } from './CommitteeCreate';
import { CommitteeEdit } from './CommitteeEdit';
import { CommitteeList } from './CommitteeList';
import { CommitteeShow } from './CommitteeShow';

export default {
  icon: GroupsIcon,
  list: CommitteeList,
  create: CommitteeCreate,
  edit: CommitteeEdit,
  show: CommitteeShow,
  recordRepresentation: 'name',
};
