import type { EntityManager } from 'typeorm';
import type { FieldError } from '@cppcc/domain';
import { HandlingUnit } from '../handling-units/handling-unit.entity';

/**
 * A unit being named (new, or changed) must exist and not be archived: archived units receive
 * no new work. A unit the record already names stays valid after it is archived.
 */
export async function activeUnitErrors(
  manager: EntityManager,
  unitId: number | null | undefined,
  field: string,
  current?: number | null,
): Promise<FieldError[]> {
  if (unitId == null) return [{ field, message: '承办单位不能为空' }];
  if (current != null && unitId === current) return [];
  const unit =
    unitId > 0
      ? await manager
          .getRepository(HandlingUnit)
          .findOne({ where: { id: unitId }, select: { id: true, archivedAt: true } })
      : null;
  if (!unit) return [{ field, message: `承办单位 ${unitId} 不存在` }];
  if (unit.archivedAt) return [{ field, message: `承办单位 ${unitId} 已归档，不能再安排新的工作` }];
  return [];
}
