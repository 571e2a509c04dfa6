import { FieldError } from './field-error';
import { isValidDate } from './calendar';

// Plain validation rules for registry records (townships, sectors, members, units).
// Each returns the problems it found; an empty list means valid.

export const NAME_MAX = 50;
export const LONG_NAME_MAX = 100;
export const TEXT_MAX = 2000;

const MOBILE_RE = /^1[3-9]\d{9}$/;
const LANDLINE_RE = /^0\d{2,3}-?\d{7,8}$/;
const TOWNSHIP_CODE_RE = /^\d{9}$/;

export function requiredText(
  field: string,
  value: string | null | undefined,
  max: number,
  label = '名称',
): FieldError[] {
  const text = (value ?? '').trim();
  if (!text) return [{ field, message: `${label}不能为空` }];
  if ([...text].length > max) return [{ field, message: `${label}不能超过${max}个字` }];
  return [];
}

export function optionalText(
  field: string,
  value: string | null | undefined,
  max: number,
  label: string,
): FieldError[] {
  if (value == null || value === '') return [];
  if ([...value].length > max) return [{ field, message: `${label}不能超过${max}个字` }];
  return [];
}

export function phone(field: string, value: string | null | undefined): FieldError[] {
  if (value == null || value === '') return [];
  const v = value.trim();
  if (MOBILE_RE.test(v) || LANDLINE_RE.test(v)) return [];
  return [{ field, message: '电话号码格式不正确（手机11位，或区号-号码）' }];
}

export function townshipCode(field: string, value: string | null | undefined): FieldError[] {
  if (!value || !TOWNSHIP_CODE_RE.test(value.trim())) {
    return [{ field, message: '行政区划代码应为9位数字' }];
  }
  return [];
}

export function dateNotInFuture(
  field: string,
  value: string | null | undefined,
  today: string,
  label: string,
): FieldError[] {
  if (value == null) return [];
  if (!isValidDate(value)) return [{ field, message: `${label}格式应为YYYY-MM-DD` }];
  if (value > today) return [{ field, message: `${label}不能晚于今天` }];
  return [];
}

/** Leaving date must not precede joining date (string order equals date order for YYYY-MM-DD). */
export function dateOrder(
  field: string,
  from: string | null | undefined,
  to: string | null | undefined,
  message: string,
): FieldError[] {
  if (!from || !to) return [];
  return to < from ? [{ field, message }] : [];
}

export const PAGE_LIMIT_MAX = 500;

export function page(offset: number, limit: number): FieldError[] {
  const errors: FieldError[] = [];
  if (!Number.isInteger(offset) || offset < 0) errors.push({ field: 'page.offset', message: 'offset 不能为负数' });
  if (!Number.isInteger(limit) || limit < 1 || limit > PAGE_LIMIT_MAX) {
    errors.push({ field: 'page.limit', message: `limit 应在 1 到 ${PAGE_LIMIT_MAX} 之间` });
  }
  return errors;
}
