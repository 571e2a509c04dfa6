import ApartmentIcon from '@mui/icons-material/Apartment';
import { HandlingUnitCreate } from './HandlingUnitCreate';
import { HandlingUnitEdit } from './HandlingUnitEdit';
import { HandlingUnitList } from './HandlingUnitList';
import { HandlingUnitShow } from './HandlingUnitShow';

export default {
  icon: ApartmentIcon,
  list: HandlingUnitList,
  create: HandlingUnitCreate,
  edit: HandlingUnitEdit,
  show: HandlingUnitShow,
  recordRepresentation: 'name',
};
