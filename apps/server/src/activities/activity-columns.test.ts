import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { activityColumns } from './activity.service';

describe('activity input → columns', () => {
  it('derives the year from heldOn, trims the title and reads ids as numbers', () => {
    expect(
      activityColumns({
        kind: 'STUDY' as never,
        title: '  学习会 ',
        heldOn: '2024-03-05',
        townshipId: '7',
        participants: [],
      }),
    ).toEqual({ kind: 'STUDY', title: '学习会', heldOn: '2024-03-05', year: 2024, townshipId: 7 });
  });
  it('keeps a county activity (null township) and refuses an id that is not a number, naming the field', () => {
    expect(activityColumns({ townshipId: null }).townshipId).toBeNull();
    expect(() => activityColumns({ townshipId: 'abc' })).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.townshipId' }),
      }),
    );
  });
  it('leaves absent fields out of a patch and reads cleared counts as 0', () => {
    expect(activityColumns({ suggestionsMade: null, donationYuan: null, topic: null })).toEqual({
      suggestionsMade: 0,
      donationYuan: 0,
      topic: null,
    });
    expect(activityColumns({})).toEqual({});
  });
});
