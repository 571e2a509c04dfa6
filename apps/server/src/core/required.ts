import type { FieldError } from '@cppcc/domain';

/** A patch may send null for a required enum or id; that is a field error, not a database error. */
export function requiredValue(field: string, value: unknown, label: string): FieldError[] {
  return value == null || value === '' ? [{ field, message: `${label}不能为空` }] : [];
}
