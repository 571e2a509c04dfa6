import PeopleIcon from '@mui/icons-material/People';
import { MemberCreate } from './MemberCreate';
import { MemberEdit } from './MemberEdit';
import { MemberList } from './MemberList';
import { MemberShow } from './MemberShow';

export default {
  icon: PeopleIcon,
  list: MemberList,
  create: MemberCreate,
  edit: MemberEdit,
  show: MemberShow,
  recordRepresentation: 'name',
};
