// Which fields each kind of 履职活动 carries (docs/domain.md's table): the form shows only these,
// the show page lists only these, and saving clears the others so a changed kind leaves
// nothing behind (a meeting kind on a study session would be refused; stale donations counted).
// The table itself is the domain's (packages/domain rules/activity.ts): the server refuses what
// this form would not show, with one list for both.
import { ZERO_WHEN_ABSENT, KIND_SPECIFIC_FIELDS, kindFields, type KindField } from '@cppcc/domain';

export { ACTIVITY_KIND_FIELDS, REQUIRED_KIND_FIELDS, kindFields, type KindField } from '@cppcc/domain';

export function showsField(kind: unknown, field: KindField): boolean {
  return kindFields(kind).includes(field);
}

/** Create/Edit transform: fields the kind does not carry are cleared. */
export function activityTransform<T extends Record<string, unknown>>(data: T): T {
  const out: Record<string, unknown> = { ...data };
  const keep = kindFields(out.kind);
  for (const field of KIND_SPECIFIC_FIELDS) {
    if (keep.includes(field)) continue;
    out[field] = ZERO_WHEN_ABSENT.includes(field) ? 0 : null;
  }
  return out as T;
}
