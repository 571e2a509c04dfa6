import { describe, it, expect } from 'vitest';
import { METRIC_KEYS, TOWNSHIP_METRIC_KEYS, type MetricKey } from './catalog';
import { buildComparison, type TownshipRaw } from './comparison';
import { toRaw } from './raw';

const rows: TownshipRaw[] = [
  {
    townshipId: 'a',
    townshipName: '城关镇',
    raw: toRaw({ proposalsSubmitted: 20, proposalsAccepted: 10, activeMembers: 40 }),
  },
  {
    townshipId: 'b',
    townshipName: '青山乡',
    raw: toRaw({ proposalsSubmitted: 10, proposalsAccepted: 8, activeMembers: 10 }),
  },
  {
    townshipId: 'c',
    townshipName: '新区街道',
    raw: toRaw({ proposalsSubmitted: 10, proposalsAccepted: 0, activeMembers: 20 }),
  },
  { townshipId: 'd', townshipName: '空白镇', raw: toRaw({}) },
];
const previousRows: TownshipRaw[] = [
  {
    townshipId: 'a',
    townshipName: '城关镇',
    raw: toRaw({ proposalsSubmitted: 16, proposalsAccepted: 8, activeMembers: 40 }),
  },
  {
    townshipId: 'b',
    townshipName: '青山乡',
    raw: toRaw({ proposalsSubmitted: 10, proposalsAccepted: 10, activeMembers: 5 }),
  },
];
const metrics: MetricKey[] = ['proposalsSubmitted', 'acceptanceRate'];

const cell = (c: ReturnType<typeof buildComparison>, id: string, key: MetricKey) =>
  c.rows.find((r) => r.townshipId === id)?.values.find((v) => v.key === key);

describe('buildComparison', () => {
  it('gives values, ranks, county statistics and change', () => {
    const c = buildComparison({ year: 2024, metrics, perMember: false, rows, previousRows });
    expect(c.year).toBe(2024);
    expect(c.metrics).toEqual([
      {
        key: 'proposalsSubmitted',
        label: '提交提案',
        kind: 'count',
        group: 'proposals',
        total: 40,
        mean: 10,
        median: 10,
        allZero: false,
      },
      {
        key: 'acceptanceRate',
        label: '立案率',
        kind: 'rate',
        group: 'proposals',
        total: 18 / 40,
        mean: (0.5 + 0.8 + 0) / 3,
        median: 0.5,
        allZero: false,
      },
    ]);
    expect(c.rows.map((r) => r.values[0].rank)).toEqual([1, 2, 2, 4]);
    expect(c.rows.map((r) => r.values[1].rank)).toEqual([2, 1, 3, 4]);
    expect(cell(c, 'a', 'proposalsSubmitted')).toEqual({
      key: 'proposalsSubmitted',
      value: 20,
      rank: 1,
      previous: 16,
      change: 4,
      changeRate: 0.25,
    });
    expect(cell(c, 'b', 'acceptanceRate')).toMatchObject({ value: 0.8, previous: 1 });
    expect(cell(c, 'b', 'acceptanceRate')?.change).toBeCloseTo(-0.2, 12);
    // No previous row: previous and change are null.
    expect(cell(c, 'c', 'proposalsSubmitted')).toEqual({
      key: 'proposalsSubmitted',
      value: 10,
      rank: 2,
      previous: null,
      change: null,
      changeRate: null,
    });
    // Empty township: count 0, rate null ranked last.
    expect(cell(c, 'd', 'acceptanceRate')).toMatchObject({ value: null, rank: 4 });
    expect(cell(c, 'd', 'proposalsSubmitted')).toMatchObject({ value: 0, rank: 4 });
  });

  it('normalises counts per member but not rates; county total per county member', () => {
    const c = buildComparison({ year: 2024, metrics, perMember: true, rows, previousRows });
    expect(c.perMember).toBe(true);
    expect(c.rows.map((r) => r.values[0].value)).toEqual([0.5, 1, 0.5, null]);
    expect(c.rows.map((r) => r.values[0].rank)).toEqual([2, 1, 2, 4]);
    expect(c.rows.map((r) => r.values[1].value)).toEqual([0.5, 0.8, 0, null]);
    expect(c.metrics[0]).toMatchObject({ total: 40 / 70, mean: 2 / 3, median: 0.5 });
    expect(c.metrics[1].total).toBe(18 / 40);
    // Previous per-member uses the previous year's members: 10 / 5 = 2.
    expect(cell(c, 'b', 'proposalsSubmitted')).toMatchObject({ value: 1, previous: 2, change: -1, changeRate: -0.5 });
  });

  it('shows every township metric when none is asked for, and handles no townships', () => {
    const all = buildComparison({ year: 2024, perMember: false, rows });
    expect(all.metrics.map((m) => m.key)).toEqual([...TOWNSHIP_METRIC_KEYS]);
    // Supervision targets belong to the county: no township value, so not compared (special supervisors are members, so they are).
    expect(METRIC_KEYS.filter((k) => !TOWNSHIP_METRIC_KEYS.includes(k))).toEqual([
      'supervisionTargets',
      'rectificationItems',
      'rectificationRate',
    ]);
    const none = buildComparison({ year: 2024, metrics: [], perMember: true, rows: [] });
    expect(none.rows).toEqual([]);
    const submitted = none.metrics.find((m) => m.key === 'proposalsSubmitted');
    expect(submitted).toMatchObject({ total: null, mean: null, median: null });
  });

  it('uses a given county row for totals', () => {
    const c = buildComparison({
      year: 2024,
      metrics: ['proposalsSubmitted'],
      perMember: false,
      rows,
      countyRaw: toRaw({ proposalsSubmitted: 129, activeMembers: 70 }),
    });
    expect(c.metrics[0]).toMatchObject({ total: 129, mean: 10 });
  });

  it('rejects unknown metric keys and county-only metrics', () => {
    expect(() => buildComparison({ year: 2024, metrics: ['bogus' as MetricKey], perMember: false, rows })).toThrow(
      RangeError,
    );
    expect(() => buildComparison({ year: 2024, metrics: ['rectificationRate'], perMember: false, rows })).toThrow(
      RangeError,
    );
  });

  it('flags a metric that is 0 (or has no value) for every township', () => {
    const c = buildComparison({
      year: 2024,
      metrics: ['inspections', 'acceptanceRate', 'proposalsAccepted'],
      perMember: true,
      rows,
    });
    expect(c.metrics.map((m) => [m.key, m.allZero])).toEqual([
      ['inspections', true],
      ['acceptanceRate', false],
      ['proposalsAccepted', false],
    ]);
    const zeroRate = buildComparison({
      year: 2024,
      metrics: ['acceptanceRate'],
      perMember: false,
      rows: [rows[2], rows[3]],
    });
    expect(zeroRate.metrics[0].allZero).toBe(true); // 0% and 无数据
  });
});
