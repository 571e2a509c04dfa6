import { describe, expect, it } from 'vitest';
import { computeMetrics } from './formulas';
import { emptyRaw } from './raw';
import { annualSummarySentences, figureText, percent } from './summary';

describe('annual summary sentences', () => {
  it('formats percentages as the summaries do', () => {
    expect(percent(1)).toBe('100%');
    expect(percent(0.92105)).toBe('92.11%');
    expect(percent(0.75)).toBe('75%');
    expect(percent(null)).toBe('—');
  });

  it('states the docs/metrics.md check figures', () => {
    const raw = {
      ...emptyRaw(),
      proposalsSubmitted: 86,
      proposalsAccepted: 38,
      proposalsReplied: 38,
      feedbackTotal: 38,
      feedbackSatisfied: 25,
      feedbackBasicallySatisfied: 10,
      implemented: 20,
      beingImplemented: 13,
    };
    const text = annualSummarySentences('某市', 2023, computeMetrics(raw)).join('');
    expect(text).toContain('提交提案86件，立案38件，立案率44.19%');
    expect(text).toContain('办复率100%');
    expect(text).toContain('满意率92.11%');
    expect(text).toContain('落实率86.84%');
  });

  it('writes the township activity figures and leaves out what did not happen', () => {
    const raw = {
      ...emptyRaw(),
      studySessions: 12,
      majorConsultations: 1,
      microConsultations: 10,
      visits: 4,
      suggestionsMade: 5,
    };
    const [first, second] = annualSummarySentences('高塘镇政协工委', 2023, computeMetrics(raw));
    expect(first).toBe(
      '2023年，高塘镇政协工委全年开展各类学习12次，组织大协商1次、微协商10次，走访接待、听取社情民意4次。',
    );
    expect(second).toContain('委员提出意见建议5条');
    expect(annualSummarySentences('空镇', 2023, computeMetrics(emptyRaw()))).toEqual([]);
  });

  it('leaves out a rate whose denominator is 0 and writes its figure as "—"', () => {
    // A township without members: attendance rows of its activities (members of other townships) but no members.
    const values = computeMetrics({ ...emptyRaw(), studySessions: 1, attendancePresent: 1, attendanceTotal: 1 });
    expect(values.memberParticipationRate).toBeNull();
    expect(values.dutyComplianceRate).toBeNull();
    const text = annualSummarySentences('空镇', 2024, values).join('');
    expect(text).not.toMatch(/委员参与率|履职达标率|计划完成率/);
    expect(figureText('rate', null)).toBe('—');
    expect(figureText('amount', null)).toBe('—');
    expect(figureText('count', 0)).toBe('0');
    expect(figureText('rate', 0)).toBe('0%');
  });
});
