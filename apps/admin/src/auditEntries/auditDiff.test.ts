import { describe, expect, it } from 'vitest';
import { diffRows, parseSnapshot } from './auditDiff';

describe('audit before/after', () => {
  it('parses snapshots, tolerating non-objects and bad JSON', () => {
    expect(parseSnapshot(null)).toBeNull();
    expect(parseSnapshot('{"a":1}')).toEqual({ a: 1 });
    expect(parseSnapshot('[1]')).toEqual({ value: [1] });
    expect(parseSnapshot('not json')).toEqual({ raw: 'not json' });
  });
  it('aligns fields of both sides and marks the changed ones', () => {
    const rows = diffRows(
      { id: 1, status: 'SUBMITTED', note: null },
      { id: 1, status: 'ACCEPTED', reviewedOn: '2025-01-02' },
    );
    expect(rows).toEqual([
      { key: 'id', before: '1', after: '1', changed: false },
      { key: 'status', before: '"SUBMITTED"', after: '"ACCEPTED"', changed: true },
      { key: 'note', before: 'null', after: undefined, changed: true },
      { key: 'reviewedOn', before: undefined, after: '"2025-01-02"', changed: true },
    ]);
  });
  it('a creation has every field changed', () => {
    expect(diffRows(null, { id: 1 })).toEqual([{ key: 'id', before: undefined, after: '1', changed: true }]);
  });
});
