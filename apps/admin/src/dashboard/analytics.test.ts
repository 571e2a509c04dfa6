import { describe, expect, it } from 'vitest';
import {
  columnRange,
  groupedMetrics,
  allZeroMetrics,
  METRIC_CATALOG,
  heatColor,
  heatLevel,
  metricTitle,
  normalisedByCountyMax,
  officerChartSets,
  officerRows,
  radarData,
  rankingBars,
  trendData,
  sealedYears,
  type Comparison,
} from './analytics';

const comparison: Comparison = {
  year: 2025,
  perMember: false,
  metrics: [
    { key: 'proposalsSubmitted', label: '提交提案', kind: 'count', group: 'proposals', total: 30, mean: 10, median: 8 },
    { key: 'acceptanceRate', label: '立案率', kind: 'rate', group: 'proposals', total: 0.5, mean: 0.5, median: 0.5 },
    { key: 'studySessions', label: '集中学习', kind: 'count', group: 'activities', total: 6, mean: 2, median: 2 },
    {
      key: 'donationsYuan',
      label: '捐款金额',
      kind: 'amount',
      group: 'activities',
      total: 600,
      mean: 200,
      median: 100,
    },
    { key: 'supervisionTargets', label: '监督对象', kind: 'count', group: 'supervision', total: 0, mean: 0, median: 0 },
    { key: 'activeMembers', label: '在任委员', kind: 'count', group: 'duty', total: 60, mean: 20, median: 20 },
  ],
  rows: [
    {
      townshipId: '1',
      townshipName: '东城街道',
      values: [
        { key: 'proposalsSubmitted', value: 8, rank: 2, previous: 7, change: 1, changeRate: 0.14 },
        { key: 'acceptanceRate', value: null, rank: 3, previous: null, change: null, changeRate: null },
        { key: 'studySessions', value: 4, rank: 1, previous: 3, change: 1, changeRate: 0.33 },
        { key: 'donationsYuan', value: 100, rank: 2, previous: 0, change: 100, changeRate: null },
        { key: 'supervisionTargets', value: 0, rank: 1, previous: 0, change: 0, changeRate: null },
        { key: 'activeMembers', value: 10, rank: 3, previous: 10, change: 0, changeRate: 0 },
      ],
    },
    {
      townshipId: '2',
      townshipName: '高塘镇',
      values: [
        { key: 'proposalsSubmitted', value: 20, rank: 1, previous: 18, change: 2, changeRate: 0.11 },
        { key: 'acceptanceRate', value: 0.5, rank: 1, previous: 0.4, change: 0.1, changeRate: 0.25 },
        { key: 'studySessions', value: 2, rank: 2, previous: 2, change: 0, changeRate: 0 },
        { key: 'donationsYuan', value: 500, rank: 1, previous: 300, change: 200, changeRate: 0.67 },
        { key: 'supervisionTargets', value: 0, rank: 1, previous: 0, change: 0, changeRate: null },
        { key: 'activeMembers', value: 30, rank: 1, previous: 30, change: 0, changeRate: 0 },
      ],
    },
    {
      townshipId: '3',
      townshipName: '三河镇',
      values: [
        { key: 'proposalsSubmitted', value: 2, rank: 3, previous: 2, change: 0, changeRate: 0 },
        { key: 'acceptanceRate', value: 0.5, rank: 1, previous: 1, change: -0.5, changeRate: -0.5 },
        { key: 'studySessions', value: 0, rank: 3, previous: 1, change: -1, changeRate: -1 },
        { key: 'donationsYuan', value: 0, rank: 3, previous: 0, change: 0, changeRate: null },
        { key: 'supervisionTargets', value: 0, rank: 1, previous: 0, change: 0, changeRate: null },
        { key: 'activeMembers', value: 20, rank: 2, previous: 20, change: 0, changeRate: 0 },
      ],
    },
  ],
};

describe('metric catalog helpers', () => {
  it('groups every township metric under its group label, in catalog order; county-only supervision is not offered', () => {
    const groups = groupedMetrics();
    expect(groups.map((g) => g.label)).toEqual(['提案', '履职活动', '社情民意', '民主监督', '委员与履职']);
    expect(groups[3].metrics.map((m) => m.key)).toEqual(['specialSupervisors']);
    expect(groups[0].metrics[0].key).toBe('proposalsSubmitted');
    expect(groups.reduce((n, g) => n + g.metrics.length, 0)).toBe(
      METRIC_CATALOG.filter((m) => m.scope === 'township').length,
    );
    expect(groups.flatMap((g) => g.metrics.map((m) => m.key))).not.toContain('rectificationRate');
  });
  it('collects the metrics flagged 0 for every township', () => {
    expect([
      ...allZeroMetrics({
        metrics: [
          { key: 'inspections', allZero: true },
          { key: 'meetings', allZero: false },
        ],
      }),
    ]).toEqual(['inspections']);
    expect(allZeroMetrics(undefined).size).toBe(0);
  });
  it('marks per-member values on counts and amounts, never on rates', () => {
    expect(metricTitle('proposalsSubmitted', true)).toBe('提交提案（人均）');
    expect(metricTitle('acceptanceRate', true)).toBe('立案率');
    expect(metricTitle('donationsYuan', false)).toBe('捐款金额');
  });
});

describe('(a) ranking', () => {
  it('one bar per township, best first, townships without data last with no rank', () => {
    const bars = rankingBars(comparison, 'acceptanceRate');
    expect(bars.map((b) => b.name)).toEqual(['高塘镇', '三河镇', '东城街道']); // ties in pinyin order
    expect(bars[2]).toMatchObject({ townshipId: '1', noData: true, value: 0, raw: null, rank: null });
    expect(rankingBars(comparison, 'proposalsSubmitted').map((b) => b.value)).toEqual([20, 8, 2]);
    expect(rankingBars(undefined, 'proposalsSubmitted')).toEqual([]);
  });
});

describe('(b) radar', () => {
  it('scales each metric to the county maximum (null → 0)', () => {
    expect([...normalisedByCountyMax(comparison, 'studySessions')!.entries()]).toEqual([
      ['1', 100],
      ['2', 50],
      ['3', 0],
    ]);
    expect(normalisedByCountyMax(comparison, 'supervisionTargets')).toBeNull(); // max 0: nothing to compare
  });
  it('averages a group’s scaled metrics; leaves out activeMembers and groups nobody has', () => {
    const points = radarData(comparison, ['1', '2']);
    expect(points.map((p) => p.group)).toEqual(['proposals', 'activities']);
    // proposals: submitted 8/20=40, rate null→0 (max .5) → 20; 高塘镇: 100 and 100
    expect(points[0]).toMatchObject({ label: '提案', '1': 20, '2': 100 });
    // activities: study 100 / 50, donations 20 / 100
    expect(points[1]).toMatchObject({ '1': 60, '2': 75 });
  });
});

describe('(c) trend', () => {
  it('years as rows, a column per township, per-member values on request', () => {
    const series = [
      {
        townshipId: '1',
        years: [
          { year: 2024, closedAt: '2025-02-01T00:00:00Z', values: [{ key: 'visits', value: 3, perMember: 0.3 }] },
          { year: 2025, closedAt: null, values: [{ key: 'visits', value: 4, perMember: 0.4 }] },
        ],
      },
      {
        townshipId: '2',
        years: [{ year: 2025, closedAt: null, values: [{ key: 'visits', value: 9, perMember: 0.9 }] }],
      },
      { townshipId: '3', years: undefined },
    ];
    expect(trendData(series, 'visits', false)).toEqual([
      { year: 2024, '1': 3, '2': null, '3': null },
      { year: 2025, '1': 4, '2': 9, '3': null },
    ]);
    expect(trendData(series, 'visits', true)[1]).toEqual({ year: 2025, '1': 0.4, '2': 0.9, '3': null });
    expect([...sealedYears(series)]).toEqual([2024]);
  });
});

describe('(d) heat table', () => {
  it('colours a column on its own range; nulls grey; equal columns mid-scale', () => {
    const range = columnRange(comparison, 'proposalsSubmitted');
    expect(range).toEqual({ min: 2, max: 20 });
    expect(heatLevel(20, range)).toBe(1);
    expect(heatLevel(2, range)).toBe(0);
    expect(heatLevel(null, range)).toBeNull();
    expect(heatLevel(0, columnRange(comparison, 'supervisionTargets'))).toBe(0.5);
    expect(heatColor(null)).toEqual({ background: '#f2f2f2', color: '#888' });
    expect(heatColor(1).color).toBe('#fff');
    expect(heatColor(0).color).toBe('#222');
  });
});

describe('officer comparison', () => {
  it('own value against the county mean and median, with rank among townships that have a value', () => {
    const rows = officerRows(comparison, '1');
    const rate = rows.find((r) => r.key === 'acceptanceRate')!;
    expect(rate).toMatchObject({ own: null, rank: null, mean: 0.5, ranked: 2 });
    const submitted = rows.find((r) => r.key === 'proposalsSubmitted')!;
    expect(submitted).toMatchObject({
      own: 8,
      mean: 10,
      median: 8,
      rank: 2,
      previous: 7,
      change: 1,
      ranked: 3,
      label: '提交提案',
    });
    expect(officerRows(comparison, '99').every((r) => r.own === null)).toBe(true);
  });
  it('charts a group by kind: counts together, each amount alone, rates together', () => {
    const sets = officerChartSets(officerRows(comparison, '1'), 'activities');
    expect(sets.map((s) => [s.kind, s.rows.map((r) => r.key)])).toEqual([
      ['count', ['studySessions']],
      ['amount', ['donationsYuan']],
    ]);
  });
});
