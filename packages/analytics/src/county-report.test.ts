import { describe, expect, it } from 'vitest';
import { buildComparison, type TownshipRaw } from './comparison';
import {
  buildCountyReport,
  changeText,
  figureCells,
  movesText,
  type CountyReportInput,
  type ReportDutyRow,
} from './county-report';
import { toRaw, type RawTownshipYear } from './raw';

const NAMES: Record<string, string> = { a: '城关镇', b: '青山乡', c: '新区街道', d: '空白镇' };
const rowsOf = (raws: Record<string, Partial<RawTownshipYear>>): TownshipRaw[] =>
  Object.keys(NAMES).map((id) => ({ townshipId: id, townshipName: NAMES[id], raw: toRaw(raws[id] ?? {}) }));

const CURRENT = rowsOf({
  a: {
    studySessions: 6,
    meetings: 2,
    microConsultations: 4,
    proposalsSubmitted: 10,
    proposalsAccepted: 8,
    proposalsReplied: 8,
    opinionReports: 5,
    opinionAdopted: 2,
    activeMembers: 10,
    attendancePresent: 18,
    attendanceTotal: 20,
    planAchievedSum: 4,
    planTargetSum: 4,
  },
  b: {
    studySessions: 3,
    proposalsSubmitted: 6,
    proposalsAccepted: 4,
    proposalsReplied: 2,
    opinionReports: 1,
    activeMembers: 5,
    attendancePresent: 6,
    attendanceTotal: 10,
    planAchievedSum: 3,
    planTargetSum: 6,
  },
  c: { studySessions: 3, microConsultations: 2, proposalsSubmitted: 4, proposalsAccepted: 4, activeMembers: 5 },
});
const PREVIOUS = rowsOf({
  a: { studySessions: 4, proposalsSubmitted: 6, attendancePresent: 8, attendanceTotal: 10 },
  b: { studySessions: 5, proposalsSubmitted: 8, attendancePresent: 9, attendanceTotal: 10 },
  c: { studySessions: 3, proposalsSubmitted: 2 },
});

const duty = (township: string, members: number, met: number): ReportDutyRow[] =>
  Array.from({ length: members }, (_, i) => ({ townshipId: township, allMet: i < met }));

const ASSESSMENT = [
  { townshipId: 'a', townshipName: '城关镇', score: 90, rank: 1 },
  { townshipId: 'c', townshipName: '新区街道', score: 60, rank: 2 },
  { townshipId: 'b', townshipName: '青山乡', score: 40, rank: 3 },
  { townshipId: 'd', townshipName: '空白镇', score: 0, rank: 4 },
];

const input = (over: Partial<CountyReportInput> = {}): CountyReportInput => ({
  year: 2025,
  // The county's own records (a party's proposals) are in the comparison's total, not in the townships' report.
  comparison: buildComparison({
    year: 2025,
    perMember: false,
    rows: CURRENT,
    countyRaw: toRaw({ proposalsSubmitted: 99 }),
  }),
  previous: buildComparison({ year: 2024, perMember: false, rows: PREVIOUS }),
  assessment: ASSESSMENT,
  duty: [...duty('a', 10, 5), ...duty('b', 5, 0), ...duty('c', 5, 5)],
  ...over,
});

describe('buildCountyReport', () => {
  it('writes the 综述 of the townships’ year', () => {
    expect(buildCountyReport(input()).sentences).toEqual([
      '2025年，全县4个乡镇（街道）共开展各类学习12次、平均每个乡镇3次，召开会议2次、平均0.5次，组织微协商6次、平均1.5次。',
      '各乡镇委员共提交提案20件，立案16件，立案率80%，办复率62.5%。',
      '报送社情民意信息6篇，被采用2篇，采用率33.33%。',
      '全县乡镇在任委员20人，达到全部履职要求的10人，委员履职达标率50%；达标率最高的是新区街道（100%），最低的是青山乡（0%）；各乡镇委员平均出勤率75%。',
      '已制定年度工作计划的2个乡镇，计划平均完成率75%，其中城关镇全面完成年度计划，完成率最低的是青山乡（50%）。',
      '年度考核得分前三位为城关镇（90分）、新区街道（60分）、青山乡（40分）；后一位为空白镇（0分）。',
      '与上年相比，各乡镇提交提案增加4件，增长25%。',
      '从各乡镇看，提交提案增加最多的是城关镇（增加4件），减少最多的是青山乡（减少2件）；集中学习增加最多的是城关镇（增加2次），减少最多的是青山乡（减少2次）；出勤率提高最多的是城关镇（提高10个百分点），下降最多的是青山乡（下降30个百分点）。',
    ]);
  });

  it('totals are the sums of the township rows; rates from summed parts, or null', () => {
    const report = buildCountyReport(input());
    const figure = (key: string) => report.figures.find((f) => f.key === key)!;
    // 99 proposals of the county's own are the comparison's total, not the townships'.
    expect(figure('proposalsSubmitted')).toMatchObject({
      total: 20,
      mean: 5,
      median: 5,
      unit: '件',
      previousTotal: 16,
      change: 4,
      changeRate: 0.25,
    });
    expect(figure('acceptanceRate').total).toBe(16 / 20);
    expect(figure('replyRate').total).toBe(10 / 16);
    // Attendance's parts are not figures of the comparison: no township total, the mean only.
    expect(figure('attendanceRate')).toMatchObject({ total: null, mean: 0.75, unit: '' });
    // Last year had no opinion reports at all: nothing to compare against.
    expect(figure('opinionReports')).toMatchObject({ total: 6, previousTotal: null, change: null });
    expect(report.townshipCount).toBe(4);
  });

  it('lists each township with rank, plan completion and duty compliance, in the comparison’s order', () => {
    const report = buildCountyReport(input());
    expect(report.townships.map((t) => t.townshipName)).toEqual(['城关镇', '青山乡', '新区街道', '空白镇']);
    expect(report.townships[0]).toMatchObject({
      rank: 1,
      score: 90,
      planCompletionRate: 1,
      members: 10,
      membersMeetingAllRules: 5,
      dutyComplianceRate: 0.5,
    });
    expect(report.townships[0].figures.find((f) => f.key === 'studySessions')).toEqual({
      key: 'studySessions',
      value: 6,
    });
    // No members, no plan: nulls, not zeros.
    expect(report.townships[3]).toMatchObject({ members: 0, dutyComplianceRate: null, planCompletionRate: null });
    expect(report.duty).toEqual({ members: 20, membersMeetingAllRules: 10, rate: 0.5 });
    expect(report.top.map((r) => r.townshipId)).toEqual(['a', 'c', 'b']);
    expect(report.bottom.map((r) => r.townshipId)).toEqual(['d']);
  });

  it('names the biggest rises and falls per key metric, ties together, and only real moves', () => {
    const report = buildCountyReport(input());
    const proposals = report.movers.find((m) => m.key === 'proposalsSubmitted')!;
    expect(proposals.rises.map((m) => [m.townshipId, m.change, m.changeRate])).toEqual([
      ['a', 4, 4 / 6],
      ['c', 2, 1],
    ]);
    expect(proposals.falls.map((m) => [m.townshipId, m.change])).toEqual([['b', -2]]);
    // Opinion reports and micro consultations rose from a year without any: not movers.
    expect(report.movers.map((m) => m.key)).toEqual(['proposalsSubmitted', 'studySessions', 'attendanceRate']);

    const tied = buildCountyReport(
      input({
        previous: buildComparison({
          year: 2024,
          perMember: false,
          rows: rowsOf({ a: { studySessions: 4 }, b: { studySessions: 1 }, c: { studySessions: 3 } }),
        }),
      }),
    );
    const study = tied.movers.find((m) => m.key === 'studySessions')!;
    expect(study.rises.map((m) => m.townshipId)).toEqual(['a', 'b']);
    expect(study.falls).toEqual([]);
    expect(tied.sentences.at(-1)).toBe('从各乡镇看，集中学习增加最多的是城关镇、青山乡（增加2次）。');
  });

  it('says nothing against last year without one', () => {
    const report = buildCountyReport(input({ previous: null }));
    expect(report.movers).toEqual([]);
    expect(report.figures.every((f) => f.previousTotal === null && f.change === null)).toBe(true);
    expect(report.sentences.join('')).not.toMatch(/上年|从各乡镇看/);
  });

  it('an empty year has figures of zero but no sentences, no ranking and no rates', () => {
    const empty = rowsOf({});
    const report = buildCountyReport({
      year: 2025,
      comparison: buildComparison({ year: 2025, perMember: false, rows: empty }),
      previous: buildComparison({ year: 2024, perMember: false, rows: empty }),
      assessment: ASSESSMENT.map((r) => ({ ...r, score: 0, rank: 1 })),
      duty: [],
    });
    expect(report.sentences).toEqual([]);
    expect(report.top).toEqual([]);
    expect(report.bottom).toEqual([]);
    expect(report.movers).toEqual([]);
    expect(report.duty).toEqual({ members: 0, membersMeetingAllRules: 0, rate: null });
    expect(report.figures.find((f) => f.key === 'studySessions')).toMatchObject({ total: 0, mean: 0 });
    expect(report.figures.find((f) => f.key === 'acceptanceRate')).toMatchObject({ total: null, mean: null });
  });

  it('leaves out rates whose denominator is 0', () => {
    // Proposals submitted but none accepted: 立案率 0% is stated, 办复率 (÷ 0 accepted) is not;
    // members without duty rows and townships without plans say nothing.
    const rows = rowsOf({ a: { proposalsSubmitted: 3, studySessions: 1 } });
    const text = buildCountyReport({
      year: 2025,
      comparison: buildComparison({ year: 2025, perMember: false, rows }),
      assessment: [],
      duty: [],
    }).sentences.join('');
    expect(text).toContain('各乡镇委员共提交提案3件，立案0件，立案率0%。');
    expect(text).not.toMatch(/办复率|满意率|达标率|出勤率|计划|考核|采纳率/);
  });

  it('ranks everyone when there are three townships or fewer, and marks shared ranks', () => {
    const rows = rowsOf({ a: { studySessions: 1 } }).slice(0, 3);
    const report = buildCountyReport({
      year: 2025,
      comparison: buildComparison({ year: 2025, perMember: false, rows }),
      assessment: [
        { townshipId: 'b', townshipName: '青山乡', score: 50, rank: 1 },
        { townshipId: 'a', townshipName: '城关镇', score: 50, rank: 1 },
        { townshipId: 'c', townshipName: '新区街道', score: 12.5, rank: 3 },
      ],
      duty: [],
    });
    expect(report.sentences).toContain(
      '年度考核得分由高到低依次为青山乡（50分，并列第1名）、城关镇（50分，并列第1名）、新区街道（12.5分）。',
    );
  });

  it('writes table cells: percentages, means to one decimal, signed changes, — for none', () => {
    const report = buildCountyReport(input());
    const cells = (key: string) => figureCells(report.figures.find((f) => f.key === key)!);
    expect(cells('proposalsSubmitted')).toEqual({ total: '20', mean: '5', median: '5', previous: '16', change: '+4' });
    expect(cells('meetings')).toMatchObject({ total: '2', mean: '0.5', previous: '—', change: '—' });
    expect(cells('acceptanceRate')).toMatchObject({ total: '80%', previous: '—' });
    expect(cells('attendanceRate')).toMatchObject({ total: '—', mean: '75%' });
    expect(changeText('rate', '', -0.3)).toBe('-30个百分点');
    expect(changeText('count', '件', 2)).toBe('+2件');
    expect(changeText('count', '件', 0)).toBe('0件');
    expect(changeText('count', '件', null)).toBe('—');
    const proposals = report.movers[0];
    expect(movesText(proposals, proposals.rises)).toBe('城关镇 +4件、新区街道 +2件');
    expect(movesText(proposals, [])).toBe('—');
  });
});
