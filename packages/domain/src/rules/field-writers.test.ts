import { describe, expect, it } from 'vitest';
import { Role } from '../enums';
import { mayChangeField, TOWNSHIP_FIELD_WRITERS } from './field-writers';

describe('field writers', () => {
  it('keeps township identity with the county and contact fields with the own officer too', () => {
    for (const field of ['name', 'code', 'kind', 'bodyName', 'bodyKind', 'sortOrder']) {
      expect(mayChangeField(TOWNSHIP_FIELD_WRITERS, Role.COUNTY_ADMIN, field)).toBe(true);
      expect(mayChangeField(TOWNSHIP_FIELD_WRITERS, Role.TOWNSHIP_OFFICER, field)).toBe(false);
    }
    for (const field of ['director', 'phone', 'address']) {
      expect(mayChangeField(TOWNSHIP_FIELD_WRITERS, Role.TOWNSHIP_OFFICER, field)).toBe(true);
      expect(mayChangeField(TOWNSHIP_FIELD_WRITERS, Role.LEADER, field)).toBe(false);
    }
  });

  it('leaves fields it does not name to every writer of the record', () => {
    expect(mayChangeField(TOWNSHIP_FIELD_WRITERS, Role.TOWNSHIP_OFFICER, 'somethingElse')).toBe(true);
    expect(mayChangeField(undefined, Role.TOWNSHIP_OFFICER, 'name')).toBe(true);
  });
});
