// Which fields each kind of 履职活动 carries (DOMAIN.md's table): the form shows only these,
// the show page lists only these, and saving clears the others so a changed kind leaves
// nothing behind (a meeting kind on a study session would be refused; stale donations counted).
import { ActivityKind } from '@cppcc/domain';

export const KIND_SPECIFIC_FIELDS = [
  'meetingKind',
  'consultationScale',
  'topic',
  'reportTitle',
  'submittedTo',
  'suggestionsMade',
  'suggestionsAdopted',
  'peopleReached',
  'opinionsCollected',
  'donationYuan',
  'beneficiaries',
  'outletLevel',
  'piecesSubmitted',
] as const;

export type KindField = (typeof KIND_SPECIFIC_FIELDS)[number];

const SUGGESTIONS: KindField[] = ['suggestionsMade', 'suggestionsAdopted'];

export const ACTIVITY_KIND_FIELDS: Readonly<Record<ActivityKind, readonly KindField[]>> = {
  [ActivityKind.STUDY]: ['topic'],
  [ActivityKind.MEETING]: ['meetingKind'],
  [ActivityKind.CONSULTATION]: ['consultationScale', 'topic', ...SUGGESTIONS],
  [ActivityKind.INSPECTION]: ['reportTitle', ...SUGGESTIONS],
  [ActivityKind.RESEARCH]: ['reportTitle', 'submittedTo', ...SUGGESTIONS],
  [ActivityKind.VISIT]: ['peopleReached', 'opinionsCollected', ...SUGGESTIONS],
  [ActivityKind.CHARITY]: ['donationYuan', 'beneficiaries'],
  [ActivityKind.PUBLICITY]: ['outletLevel'],
  [ActivityKind.CULTURAL_HISTORY]: ['piecesSubmitted'],
  [ActivityKind.TRAINING]: [],
};

/** Fields required for a kind (the server's rules: a meeting's kind, a consultation's scale). */
export const REQUIRED_KIND_FIELDS: Partial<Record<ActivityKind, readonly KindField[]>> = {
  [ActivityKind.MEETING]: ['meetingKind'],
  [ActivityKind.CONSULTATION]: ['consultationScale'],
};

export function kindFields(kind: unknown): readonly KindField[] {
  return ACTIVITY_KIND_FIELDS[kind as ActivityKind] ?? [];
}

export function showsField(kind: unknown, field: KindField): boolean {
  return kindFields(kind).includes(field);
}

/** Counts stored as Int! (0 when absent); the others are nullable. */
const ZERO_WHEN_ABSENT: readonly KindField[] = ['suggestionsMade', 'suggestionsAdopted', 'donationYuan'];

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
