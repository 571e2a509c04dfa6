import { describe, it, expect } from 'vitest';
import * as Enums from './enums';
import { ProposalStatus, ReplyClass, Role } from './enums';
import {
  ENUM_LABELS,
  EnumName,
  PROPOSAL_STATUS_LABELS,
  REPLY_CLASS_LABELS,
  ROLE_LABELS,
  enumLabel,
  labelOf,
  labelOptions,
} from './labels';

// Every export of enums.ts is an enum object of string values.
const enumEntries = Object.entries(Enums) as [string, Record<string, string>][];

describe('ENUM_LABELS', () => {
  it('has a map for every enum in enums.ts and nothing else', () => {
    expect(Object.keys(ENUM_LABELS).sort()).toEqual(enumEntries.map(([name]) => name).sort());
  });

  for (const [name, enumObject] of enumEntries) {
    it(`labels every value of ${name} with a non-empty string`, () => {
      const map: Record<string, string> = ENUM_LABELS[name as EnumName];
      for (const value of Object.values(enumObject)) {
        expect(typeof map[value], `${name}.${value}`).toBe('string');
        expect(map[value].trim(), `${name}.${value}`).not.toBe('');
      }
      // No stray keys that are not enum values (typos would hide behind a fallback).
      expect(Object.keys(map).sort()).toEqual(Object.values(enumObject).sort());
    });

    it(`gives distinct labels to the values of ${name}`, () => {
      const labels = Object.values(ENUM_LABELS[name as EnumName] as Record<string, string>);
      expect(new Set(labels).size).toBe(labels.length);
    });
  }
});

describe('wording from docs/domain.md', () => {
  it('proposal states', () => {
    expect(PROPOSAL_STATUS_LABELS).toEqual({
      SUBMITTED: '已提交',
      ACCEPTED: '已立案',
      REJECTED: '不予立案',
      CONVERTED: '转为意见建议',
      MERGED: '已并案',
      ASSIGNED: '已交办',
      REPLIED: '已办复',
      REHANDLING: '重新办理',
      CLOSED: '已办结',
    });
  });

  it('roles', () => {
    expect(ROLE_LABELS[Role.COUNTY_ADMIN]).toBe('县政协管理员');
    expect(ROLE_LABELS[Role.TOWNSHIP_OFFICER]).toBe('乡镇政协干部');
    expect(ROLE_LABELS[Role.LEADER]).toBe('县政协领导');
    expect(ROLE_LABELS[Role.HANDLING_UNIT]).toBe('承办单位');
    expect(ROLE_LABELS[Role.API_CLIENT]).toBe('外部系统');
  });

  it('reply classes use the standard texts', () => {
    expect(REPLY_CLASS_LABELS[ReplyClass.A]).toBe('所提问题已经解决或基本解决');
    expect(REPLY_CLASS_LABELS[ReplyClass.B]).toBe('正在解决或已列入计划逐步解决');
    expect(REPLY_CLASS_LABELS[ReplyClass.C]).toBe('因条件限制或其他原因需留作参考');
  });

  it('activity kinds, satisfaction, implementation', () => {
    expect(Object.values(ENUM_LABELS.ActivityKind)).toEqual([
      '学习',
      '会议',
      '协商',
      '视察',
      '调研',
      '走访接待',
      '公益慰问',
      '宣传报道',
      '文史资料',
      '培训',
    ]);
    expect(Object.values(ENUM_LABELS.Satisfaction)).toEqual(['满意', '基本满意', '不满意']);
    expect(Object.values(ENUM_LABELS.ImplementationStatus)).toEqual(['已落实', '正在落实', '未落实']);
  });
});

describe('labelOf / enumLabel / labelOptions', () => {
  it('labelOf returns the label, "" for null/undefined, the raw value when unknown', () => {
    expect(labelOf(PROPOSAL_STATUS_LABELS, ProposalStatus.CLOSED)).toBe('已办结');
    expect(labelOf(PROPOSAL_STATUS_LABELS, null)).toBe('');
    expect(labelOf(PROPOSAL_STATUS_LABELS, undefined)).toBe('');
    expect(labelOf(PROPOSAL_STATUS_LABELS, 'ARCHIVED' as ProposalStatus)).toBe('ARCHIVED');
  });

  it('labelOf does not read inherited properties', () => {
    expect(labelOf(PROPOSAL_STATUS_LABELS, 'toString' as ProposalStatus)).toBe('toString');
  });

  it('enumLabel works on untyped strings by enum name', () => {
    expect(enumLabel('ProposalStatus', 'REHANDLING')).toBe('重新办理');
    expect(enumLabel('Attendance', 'EXCUSED')).toBe('请假');
    expect(enumLabel('Gender', 'UNKNOWN')).toBe('UNKNOWN');
    expect(enumLabel('Gender', null)).toBe('');
  });

  it('labelOptions lists values in declaration order', () => {
    expect(labelOptions(ENUM_LABELS.Satisfaction)).toEqual([
      { value: 'SATISFIED', label: '满意' },
      { value: 'BASICALLY_SATISFIED', label: '基本满意' },
      { value: 'DISSATISFIED', label: '不满意' },
    ]);
  });
});
