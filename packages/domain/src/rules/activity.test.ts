import { describe, expect, it } from 'vitest';
import { ActivityKind, ConsultationScale, MeetingKind } from '../enums';
import {
  ACTIVITY_KIND_FIELDS,
  KIND_SPECIFIC_FIELDS,
  activityErrors,
  misplacedKindFields,
  type ActivityFields,
} from './activity';

const base: ActivityFields = { kind: ActivityKind.STUDY, title: '集中学习', heldOn: '2024-03-05' };
const fields = (a: Partial<ActivityFields>) => activityErrors({ ...base, ...a }).map((e) => e.field);

describe('activity rules', () => {
  it('accepts a plain activity of each kind with its kind-specific fields', () => {
    expect(activityErrors(base)).toEqual([]);
    expect(fields({ kind: ActivityKind.MEETING, meetingKind: MeetingKind.PLENARY })).toEqual([]);
    expect(
      fields({
        kind: ActivityKind.CONSULTATION,
        consultationScale: ConsultationScale.MICRO,
        suggestionsMade: 5,
        suggestionsAdopted: 5,
      }),
    ).toEqual([]);
    expect(fields({ kind: ActivityKind.CHARITY, donationYuan: 0, beneficiaries: 12 })).toEqual([]);
  });
  it('needs a meeting kind for a MEETING and a scale for a CONSULTATION, and refuses them elsewhere', () => {
    expect(fields({ kind: ActivityKind.MEETING })).toEqual(['input.meetingKind']);
    expect(fields({ kind: ActivityKind.CONSULTATION })).toEqual(['input.consultationScale']);
    expect(fields({ meetingKind: MeetingKind.FORUM })).toEqual(['input.meetingKind']);
    expect(fields({ consultationScale: ConsultationScale.MAJOR })).toEqual(['input.consultationScale']);
  });
  it('refuses negative donations, fractional or negative counts, and more adopted than made', () => {
    const charity = { kind: ActivityKind.CHARITY };
    const visit = { kind: ActivityKind.VISIT };
    expect(fields({ ...charity, donationYuan: -100 })).toEqual(['input.donationYuan']);
    expect(fields({ ...charity, donationYuan: 10.5 })).toEqual(['input.donationYuan']);
    expect(fields({ ...visit, peopleReached: -1, opinionsCollected: 1.5 })).toEqual([
      'input.peopleReached',
      'input.opinionsCollected',
    ]);
    expect(fields({ ...visit, suggestionsMade: 2, suggestionsAdopted: 3 })).toEqual(['input.suggestionsAdopted']);
    expect(fields({ ...visit, suggestionsAdopted: 1 })).toEqual(['input.suggestionsAdopted']);
  });
  it('lets each kind carry only its own fields; 0 and empty values are no field at all', () => {
    expect(fields({ donationYuan: 500 })).toEqual(['input.donationYuan']);
    expect(fields({ kind: ActivityKind.CHARITY, donationYuan: 500, suggestionsMade: 3, topic: '帮扶' })).toEqual([
      'input.topic',
      'input.suggestionsMade',
    ]);
    expect(
      fields({ kind: ActivityKind.TRAINING, topic: '', donationYuan: 0, suggestionsMade: 0, peopleReached: null }),
    ).toEqual([]);
    expect(activityErrors({ ...base, peopleReached: 12 })[0].message).toBe(
      '学习活动不填写走访人数（仅走访接待活动填写），请清空',
    );
    // Every kind-specific field belongs to some kind, and every kind's list names known fields.
    const owned = new Set(Object.values(ACTIVITY_KIND_FIELDS).flat());
    expect(KIND_SPECIFIC_FIELDS.filter((f) => !owned.has(f))).toEqual([]);
    expect(
      misplacedKindFields({
        kind: ActivityKind.CONSULTATION,
        consultationScale: ConsultationScale.MAJOR,
        suggestionsMade: 4,
        outletLevel: 'CITY' as never,
      }),
    ).toEqual(['outletLevel']);
    expect(misplacedKindFields({ kind: null, donationYuan: 9 })).toEqual([]);
  });
  it('needs a kind, a title and a valid date', () => {
    expect(fields({ kind: null, title: ' ', heldOn: '2024-13-01' })).toEqual([
      'input.kind',
      'input.title',
      'input.heldOn',
    ]);
  });
});
