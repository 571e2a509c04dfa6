import { Resolver } from 'type-graphql';
import { createCrudResolver } from '../core/crud-resolver';
import { HandlingUnit } from './handling-unit.entity';
import { HandlingUnitFilter, HandlingUnitInput, HandlingUnitPatch, HandlingUnitSortField } from './handling-unit.inputs';
import { handlingUnitService } from './handling-unit.service';

const Base = createCrudResolver(
  {
    name: 'HandlingUnit',
    plural: 'handlingUnits',
    entity: HandlingUnit,
    filter: HandlingUnitFilter,
    sortField: HandlingUnitSortField,
    input: HandlingUnitInput,
    patch: HandlingUnitPatch,
    deleteDescription: 'Archives the unit (it keeps its history and receives no new work)',
  },
  handlingUnitService,
);

@Resolver(() => HandlingUnit)
export class HandlingUnitResolver extends Base {}
