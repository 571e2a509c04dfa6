import { Role } from '../enums';
import type { FieldError } from './field-error';

export const PASSWORD_MIN = 8;

/** Officers are bound to one township, unit users to one unit, and nobody else to either. */
export function roleBinding(role: Role, townshipId: unknown, handlingUnitId: unknown, prefix = 'input'): FieldError[] {
  const errors: FieldError[] = [];
  if (role === Role.TOWNSHIP_OFFICER && townshipId == null)
    errors.push({ field: `${prefix}.townshipId`, message: '乡镇政协干部必须指定所属乡镇' });
  if (role === Role.HANDLING_UNIT && handlingUnitId == null)
    errors.push({ field: `${prefix}.handlingUnitId`, message: '承办单位用户必须指定所属单位' });
  if (role !== Role.TOWNSHIP_OFFICER && role !== Role.API_CLIENT && townshipId != null)
    errors.push({ field: `${prefix}.townshipId`, message: '只有乡镇政协干部可指定乡镇' });
  if (role !== Role.HANDLING_UNIT && handlingUnitId != null)
    errors.push({ field: `${prefix}.handlingUnitId`, message: '只有承办单位用户可指定单位' });
  return errors;
}

export function password(field: string, value: string | null | undefined): FieldError[] {
  if (value == null) return [];
  if ([...value].length < PASSWORD_MIN) return [{ field, message: `密码至少${PASSWORD_MIN}位` }];
  if (value.length > 200) return [{ field, message: '密码过长' }];
  return [];
}

export function username(field: string, value: string | null | undefined): FieldError[] {
  if (!value || !/^[A-Za-z0-9_.-]{3,50}$/.test(value))
    return [{ field, message: '用户名为3–50位字母、数字、下划线、点或连字符' }];
  return [];
}
