// Form values are untyped (react-admin forms); the typed documents take the domain's enums.
// These turn a form's value into an enum member without a cast.
import { HttpError } from 'react-admin';
import type { ApiErrorBody } from '../graphql';

/** The value as a member of the enum (a domain enum's values are its names), else undefined. */
export function enumValue<V extends string>(values: Record<string, V>, value: unknown): V | undefined {
  return Object.values(values).find((v) => v === value);
}

/** For a field the form requires: anything outside the enum is that field's form error, as the server would report it. */
export function requiredEnum<V extends string>(values: Record<string, V>, value: unknown, field: string): V {
  const member = enumValue(values, value);
  if (member === undefined) {
    const body: ApiErrorBody = { code: 'BAD_USER_INPUT', errors: { [field]: 'ra.validation.required' } };
    throw new HttpError('请填写必填项', 400, body);
  }
  return member;
}
