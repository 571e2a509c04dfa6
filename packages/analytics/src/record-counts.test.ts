import { describe, expect, it } from 'vitest';
import { metricByKey } from './catalog';
import { computeMetrics } from './formulas';
import { emptyRaw } from './raw';
import { LEGACY_PLAN_KIND_METRICS, PLAN_METRIC_KEYS, planItemErrors, recordSelector } from './record-counts';

describe('record-count metrics (plan targets)', () => {
  it('are catalog counts, each filling the raw field its formula reads', () => {
    for (const key of PLAN_METRIC_KEYS) {
      expect(metricByKey(key).kind).toBe('count');
      const raw = { ...emptyRaw(), [recordSelector(key).raw]: 7 };
      expect(computeMetrics(raw)[key], key).toBe(7);
    }
  });
  it('count research and inspection reports only with a report, inspections with or without', () => {
    expect(recordSelector('researchReports')).toMatchObject({ kind: 'RESEARCH', withReport: true });
    expect(recordSelector('inspectionReports')).toMatchObject({ kind: 'INSPECTION', withReport: true });
    expect(recordSelector('inspections')).toEqual({ table: 'activity', raw: 'inspections', kind: 'INSPECTION' });
  });
  it('map the old item kinds that have a metric; 调研 items meant reports', () => {
    expect(LEGACY_PLAN_KIND_METRICS.RESEARCH).toBe('researchReports');
    expect(LEGACY_PLAN_KIND_METRICS.CONSULTATION).toBeUndefined();
    for (const key of Object.values(LEGACY_PLAN_KIND_METRICS)) expect(PLAN_METRIC_KEYS).toContain(key);
  });
  it('refuse an item without a plannable metric, a bad target or quarter, and repeats, naming the entry', () => {
    expect(
      planItemErrors([
        { metricKey: 'studySessions', target: 1, quarter: 1 },
        { metricKey: 'studySessions', target: 1, quarter: 2 },
        { metricKey: 'opinionReports', target: 6 },
      ]),
    ).toEqual([]);
    const errors = planItemErrors([
      { metricKey: 'acceptanceRate', target: 1 },
      { metricKey: null, target: 1 },
      { metricKey: 'visits', target: 0 },
      { metricKey: 'inspections', target: 2, quarter: 5 },
      { metricKey: 'inspections', target: 1, quarter: 5 },
    ]);
    expect(errors.map((e) => e.field)).toEqual([
      'input.items[0].metricKey',
      'input.items[1].metricKey',
      'input.items[2].target',
      'input.items[3].quarter',
      'input.items[4].quarter',
      'input.items[4].metricKey',
    ]);
  });
});
