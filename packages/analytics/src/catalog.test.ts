import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  METRIC_CATALOG,
  METRIC_KEYS,
  METRIC_GROUPS,
  METRIC_GROUP_LABELS,
  isMetricKey,
  metricByKey,
  isPerMemberApplicable,
} from './catalog';

// The repository's own metrics document: the catalog and it change together.
const SPEC = path.resolve(__dirname, '../../../docs/metrics.md');

describe('metric catalog', () => {
  it('has unique keys, in the same order as METRIC_KEYS', () => {
    expect(METRIC_KEYS).toEqual(METRIC_CATALOG.map((d) => d.key));
    expect(new Set(METRIC_KEYS).size).toBe(METRIC_KEYS.length);
    expect(METRIC_KEYS.length).toBe(39);
  });

  it('every definition has a Chinese label and description and a known group', () => {
    for (const d of METRIC_CATALOG) {
      expect(d.label).toMatch(/[\u4e00-\u9fff]/);
      expect(d.description).toMatch(/[\u4e00-\u9fff]/);
      expect(METRIC_GROUPS).toContain(d.group);
    }
  });

  it('groups carry Chinese labels', () => {
    expect(METRIC_GROUP_LABELS).toEqual({
      proposals: '提案',
      activities: '履职活动',
      opinions: '社情民意',
      supervision: '民主监督',
      duty: '委员与履职',
    });
  });

  it('looks metrics up by key', () => {
    expect(metricByKey('acceptanceRate')).toMatchObject({ label: '立案率', kind: 'rate', group: 'proposals' });
    expect(metricByKey('donationsYuan').kind).toBe('amount');
    expect(isMetricKey('replyRate')).toBe(true);
    expect(isMetricKey('nope')).toBe(false);
    expect(isMetricKey('toString')).toBe(false);
    expect(() => metricByKey('nope' as never)).toThrow(RangeError);
    expect(isPerMemberApplicable('inspections')).toBe(true);
    expect(isPerMemberApplicable('replyRate')).toBe(false);
  });

  // Guards against drift between docs/metrics.md and the code; fails when the document is missing.
  it('matches the docs/metrics.md table (key, label, kind, order)', () => {
    const rows = [...readFileSync(SPEC, 'utf8').matchAll(/^\| `(\w+)` \| ([^|]+?) \| (count|amount|rate) \|/gm)];
    expect(rows.map((m) => [m[1], m[2], m[3]])).toEqual(METRIC_CATALOG.map((d) => [d.key, d.label, d.kind]));
  });
});
