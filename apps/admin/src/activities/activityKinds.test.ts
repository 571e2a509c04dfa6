import { describe, expect, it } from 'vitest';
import { ActivityKind } from '@cppcc/domain';
import { ACTIVITY_KIND_FIELDS, activityTransform, kindFields, showsField } from './activityKinds';

describe('activity kinds', () => {
  it('every kind has its field list (docs/domain.md)', () => {
    expect(Object.keys(ACTIVITY_KIND_FIELDS).sort()).toEqual(Object.values(ActivityKind).sort());
    expect(kindFields('MEETING')).toEqual(['meetingKind']);
    expect(showsField('CONSULTATION', 'consultationScale')).toBe(true);
    expect(showsField('STUDY', 'consultationScale')).toBe(false);
    expect(showsField('CHARITY', 'donationYuan')).toBe(true);
    expect(kindFields(undefined)).toEqual([]);
  });
  it('saving clears the fields the kind does not carry', () => {
    const out = activityTransform({
      kind: 'STUDY',
      title: 't',
      topic: '章程',
      meetingKind: 'REGULAR',
      consultationScale: 'MICRO',
      donationYuan: 500,
      peopleReached: 9,
      suggestionsMade: 3,
    });
    expect(out).toMatchObject({
      topic: '章程',
      meetingKind: null,
      consultationScale: null,
      donationYuan: 0,
      peopleReached: null,
      suggestionsMade: 0,
    });
    const consultation = activityTransform({
      kind: 'CONSULTATION',
      consultationScale: 'MICRO',
      suggestionsMade: 3,
      suggestionsAdopted: 1,
    });
    expect(consultation).toMatchObject({
      consultationScale: 'MICRO',
      suggestionsMade: 3,
      suggestionsAdopted: 1,
      meetingKind: null,
    });
  });
});
