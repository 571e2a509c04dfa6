import { describe, expect, it } from 'vitest';
import { ActivityKind, ConsultationScale, MeetingKind } from '../enums';
import { activityErrors, type ActivityFields } from './activity';

const base: ActivityFields = { kind: ActivityKind.STUDY, title: '集中学习', heldOn: '2024-03-05' };
const fields = (a: Partial<ActivityFields>) => activityErrors({ ...base, ...a }).map((e) => e.field);

describe('activity rules', () => {
  it('accepts a plain activity of each kind with its kind-specific fields', () => {
    expect(activityErrors(base)).toEqual([]);
    expect(fields({ kind: ActivityKind.MEETING, meetingKind: MeetingKind.PLENARY })).toEqual([]);
    expect(fields({ kind: ActivityKind.CONSULTATION, consultationScale: ConsultationScale.MICRO, suggestionsMade: 5, suggestionsAdopted: 5 })).toEqual([]);
    expect(fields({ kind: ActivityKind.CHARITY, donationYuan: 0, beneficiaries: 12 })).toEqual([]);
  });
  it('needs a meeting kind for a MEETING and a scale for a CONSULTATION, and refuses them elsewhere', () => {
    expect(fields({ kind: ActivityKind.MEETING })).toEqual(['input.meetingKind']);
    expect(fields({ kind: ActivityKind.CONSULTATION })).toEqual(['input.consultationScale']);
    expect(fields({ meetingKind: MeetingKind.FORUM })).toEqual(['input.meetingKind']);
    expect(fields({ consultationScale: ConsultationScale.MAJOR })).toEqual(['input.consultationScale']);
  });
  it('refuses negative donations, fractional or negative counts, and more adopted than made', () => {
    expect(fields({ donationYuan: -100 })).toEqual(['input.donationYuan']);
    expect(fields({ donationYuan: 10.5 })).toEqual(['input.donationYuan']);
    expect(fields({ peopleReached: -1, piecesSubmitted: 1.5 })).toEqual(['input.peopleReached', 'input.piecesSubmitted']);
    expect(fields({ suggestionsMade: 2, suggestionsAdopted: 3 })).toEqual(['input.suggestionsAdopted']);
    expect(fields({ suggestionsAdopted: 1 })).toEqual(['input.suggestionsAdopted']);
  });
  it('needs a kind, a title and a valid date', () => {
    expect(fields({ kind: null, title: ' ', heldOn: '2024-13-01' })).toEqual(['input.kind', 'input.title', 'input.heldOn']);
  });
});
