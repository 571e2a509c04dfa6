import LocationCityIcon from '@mui/icons-material/LocationCity';
import { TownshipCreate } from './TownshipCreate';
import { TownshipEdit } from './TownshipEdit';
import { TownshipList } from './TownshipList';
import { TownshipShow } from './TownshipShow';

export default {
  icon: LocationCityIcon,
  list: TownshipList,
  create: TownshipCreate,
  edit: TownshipEdit,
  show: TownshipShow,
  recordRepresentation: 'name',
};
