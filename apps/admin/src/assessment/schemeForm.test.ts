import { describe, expect, it } from 'vitest';
import { DEFAULT_ROWS, rowErrorKey, schemeErrors, toItems, toRows, totalWeight } from './schemeForm';

describe('考核方案 form', () => {
  it('the default scheme is valid and sums to 100', () => {
    expect(schemeErrors(DEFAULT_ROWS)).toEqual({});
    expect(totalWeight(DEFAULT_ROWS)).toBe(100);
  });
  it('reports errors on their row, keyed like the server’s field errors', () => {
    const errors = schemeErrors([
      { key: 'proposalsSubmitted', weight: '10', perMember: true },
      { key: 'acceptanceRate', weight: '0', perMember: true },
      { key: 'proposalsSubmitted', weight: '', perMember: false },
      { key: '', weight: '5', perMember: false },
    ]);
    expect(errors['items.1.weight']).toMatch(/大于 0/);
    expect(errors['items.1.perMember']).toMatch(/比率指标不能按委员人均/);
    expect(errors['items.2.key']).toMatch(/重复/);
    expect(errors['items.2.weight']).toBeDefined();
    expect(errors['items.3.key']).toBeDefined();
    expect(schemeErrors([])).toEqual({ items: '考核方案至少需要一项指标' });
  });
  it('maps server fields and builds AssessmentItemInput (a rate is never per member)', () => {
    expect(rowErrorKey('items[3].weight')).toBe('items.3.weight');
    expect(rowErrorKey('scheme[0].key')).toBe('items.0.key');
    expect(toItems([{ key: 'replyRate', weight: '5', perMember: true }])).toEqual([
      { key: 'replyRate', weight: 5, perMember: false },
    ]);
    expect(toRows([{ key: 'visits', weight: 2.5, perMember: true }])).toEqual([
      { key: 'visits', weight: '2.5', perMember: true },
    ]);
  });
});
