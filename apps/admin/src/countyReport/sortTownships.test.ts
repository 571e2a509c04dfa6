import { describe, expect, it } from 'vitest';
import { firstDirection, sortTownships } from './sortTownships';

const row = (name: string, rank: number | null, plan: number | null, study: number | null) => ({
  name,
  rank,
  score: rank === null ? null : 100 - rank,
  planCompletionRate: plan,
  members: 3,
  membersMeetingAllRules: 1,
  dutyComplianceRate: 1 / 3,
  figures: [{ key: 'studySessions', value: study }],
});
const rows = [row('甲', 2, 0.5, 3), row('乙', null, null, 5), row('丙', 1, 1, 3), row('丁', 3, 0.8, null)];
const names = (list: { name: string }[]) => list.map((r) => r.name);

describe('sortTownships', () => {
  it('sorts on a field, nulls last whichever way', () => {
    expect(names(sortTownships(rows, 'rank', 'asc'))).toEqual(['丙', '甲', '丁', '乙']);
    expect(names(sortTownships(rows, 'rank', 'desc'))).toEqual(['丁', '甲', '丙', '乙']);
    expect(names(sortTownships(rows, 'planCompletionRate', 'desc'))).toEqual(['丙', '丁', '甲', '乙']);
  });

  it('sorts on a workload figure; equal values keep the county’s order', () => {
    expect(names(sortTownships(rows, 'studySessions', 'desc'))).toEqual(['乙', '甲', '丙', '丁']);
    expect(names(sortTownships(rows, 'order', 'asc'))).toEqual(['甲', '乙', '丙', '丁']);
  });

  it('first sorts ranks from 1 and figures from the most', () => {
    expect(firstDirection('rank')).toBe('asc');
    expect(firstDirection('studySessions')).toBe('desc');
  });
});
