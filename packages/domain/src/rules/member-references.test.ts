import { describe, expect, it } from 'vitest';
import { MemberStatus } from '../enums';
import { memberReferenceErrors, type ReferencedMember } from './member-references';

const member = (id: number, over: Partial<ReferencedMember> = {}): [number, ReferencedMember] => [
  id,
  { id, status: MemberStatus.ACTIVE, archived: false, townshipId: 1, ...over },
];
const found = new Map([
  member(1),
  member(2, { townshipId: 2 }),
  member(3, { status: MemberStatus.WITHDRAWN }),
  member(4, { archived: true }),
]);
const field = (i: number) => `input.participants[${i}].memberId`;

describe('member references', () => {
  it('accepts active members once each', () => {
    expect(memberReferenceErrors([1, 2], found, field)).toEqual([]);
  });
  it('refuses duplicates, unknown, former and archived members, naming the entry', () => {
    expect(memberReferenceErrors([1, 1, 9, 3, 4], found, field).map((e) => e.field)).toEqual([
      field(1),
      field(2),
      field(3),
      field(4),
    ]);
  });
  it('keeps members already on the record even when they have left since', () => {
    expect(memberReferenceErrors([3, 4], found, field, { kept: new Set([3, 4]) })).toEqual([]);
  });
  it('confines a township caller to its own members, without telling whether another exists', () => {
    const errors = memberReferenceErrors([1, 2, 9], found, field, { township: 1 });
    expect(errors.map((e) => e.field)).toEqual([field(1), field(2)]);
    expect(errors[0].message).toBe(errors[1].message.replace('9', '2'));
  });
});
