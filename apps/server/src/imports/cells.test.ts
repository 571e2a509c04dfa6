import { describe, expect, it } from 'vitest';
import { GENDER_LABELS } from '@cppcc/domain';
import { cellText, convertRow, parseCount, parseDate, parseEnum, splitNames } from './cells';
import { MEMBER_COLUMNS } from './columns';

describe('import cells', () => {
  it('reads dates as people type them', () => {
    expect(parseDate('2024-03-05')).toBe('2024-03-05');
    expect(parseDate('2024/3/5')).toBe('2024-03-05');
    expect(parseDate('2024年3月5日')).toBe('2024-03-05');
    expect(parseDate('2023-02-29')).toBeNull();
    expect(parseDate('五月')).toBeNull();
    expect(cellText(new Date(Date.UTC(2024, 2, 5)))).toBe('2024-03-05');
  });
  it('accepts labels or codes for choices, and whole numbers for counts', () => {
    expect(parseEnum('女', GENDER_LABELS)).toBe('FEMALE');
    expect(parseEnum('male', GENDER_LABELS)).toBe('MALE');
    expect(parseEnum('未知', GENDER_LABELS)).toBeNull();
    expect(parseCount('12')).toBe(12);
    expect(parseCount('-1')).toBeNull();
    expect(parseCount('1.5')).toBeNull();
    expect(splitNames('张明、李华, 王芳  赵强')).toEqual(['张明', '李华', '王芳', '赵强']);
    expect(cellText({ richText: [{ text: '张' }, { text: '明' }] })).toBe('张明');
  });
  it('converts a member row and names every problem with its row and column', () => {
    const lookups = {
      townships: new Map([['高塘镇', 3]]),
      sectors: new Map([['经济界', 15]]),
      membersByTownship: new Map(),
    };
    const good = new Map(
      Object.entries({
        姓名: '张明',
        性别: '男',
        政治面貌: '中共',
        界别: '经济界',
        所在乡镇: '高塘镇',
        委员类别: '县政协委员',
        届别: '第十一届',
        出生日期: '1975/6/1',
        加入日期: '2022/1/10',
      }),
    );
    const input: Record<string, unknown> = {};
    expect(convertRow(2, good, MEMBER_COLUMNS, lookups, input)).toEqual([]);
    expect(input).toMatchObject({
      name: '张明',
      gender: 'MALE',
      sectorId: '15',
      townshipId: '3',
      birthDate: '1975-06-01',
      joinedOn: '2022-01-10',
    });
    const bad = new Map(
      Object.entries({
        姓名: '',
        性别: '不明',
        政治面貌: '中共',
        界别: '不存在界',
        所在乡镇: '高塘镇',
        委员类别: '县政协委员',
        届别: '第十一届',
      }),
    );
    const problems = convertRow(7, bad, MEMBER_COLUMNS, lookups, {});
    expect(problems.map((p) => [p.row, p.column, p.field])).toEqual([
      [7, '姓名', 'input.name'],
      [7, '性别', 'input.gender'],
      [7, '界别', 'input.sectorId'],
      // A member's history starts on a date: the import asks for it.
      [7, '加入日期', 'input.joinedOn'],
    ]);
  });
});
