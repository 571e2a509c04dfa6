import CategoryIcon from '@mui/icons-material/Category';
import { SectorCreate } from './SectorCreate';
import { SectorEdit } from './SectorEdit';
import { SectorList } from './SectorList';

export default {
  icon: CategoryIcon,
  list: SectorList,
  create: SectorCreate,
  edit: SectorEdit,
  recordRepresentation: 'name',
};
