import { describe, it, expect } from 'vitest';
import {
  ActivityKind,
  ConsultationScale,
  GovernmentLevel,
  MeetingKind,
  ProposalCategory,
  ReplyClass,
} from '@cppcc/domain';
import * as vocabulary from './vocabulary';
import {
  ACTIVITY_TITLES,
  CONSULTATION_TITLES,
  fillTemplate,
  MEETING_TITLES,
  OPINION_REPORT_TITLES,
  PLENARY_SESSIONS,
  PROPOSAL_TITLES,
  PUBLICITY_OUTLETS,
  REPLY_TEMPLATES,
  SUPERVISION_TOPICS,
  TEMPLATE_PLACEHOLDERS,
  TOWNSHIP_LOCATIONS,
  VILLAGE_LOCATIONS,
} from './vocabulary';

/** Every string list reachable from the module's exports, with a path for messages. */
function stringLists(value: unknown, path: string, out: { path: string; list: readonly unknown[] }[] = []) {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) out.push({ path, list: value });
    else value.forEach((v, i) => stringLists(v, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) stringLists(v, `${path}.${k}`, out);
  }
  return out;
}

const lists = stringLists(vocabulary, 'vocabulary');

describe('vocabulary', () => {
  it('finds the exported lists', () => {
    expect(lists.length).toBeGreaterThan(30);
  });

  it.each(lists.map((l) => [l.path, l.list] as const))(
    '%s is non-empty, without duplicates or blank entries',
    (_path, list) => {
      expect(list.length).toBeGreaterThan(0);
      expect(new Set(list).size).toBe(list.length);
      for (const s of list) {
        expect(typeof s).toBe('string');
        expect((s as string).trim()).toBe(s);
        expect((s as string).length).toBeGreaterThan(0);
        expect((s as string).length).toBeLessThanOrEqual(200);
      }
    },
  );

  it('has at least 12 proposal titles for every ProposalCategory, none shared between categories', () => {
    for (const category of Object.values(ProposalCategory)) {
      expect(PROPOSAL_TITLES[category].length, category).toBeGreaterThanOrEqual(12);
      for (const t of PROPOSAL_TITLES[category]) expect(t).toMatch(/^关于.+的建议$/);
    }
    const all = Object.values(PROPOSAL_TITLES).flat();
    expect(new Set(all).size).toBe(all.length);
  });

  it('has at least 8 titles for every ActivityKind', () => {
    for (const kind of Object.values(ActivityKind)) {
      expect(ACTIVITY_TITLES[kind].length, kind).toBeGreaterThanOrEqual(8);
    }
    expect(ACTIVITY_TITLES[ActivityKind.STUDY]).toContain('学习贯彻党的二十大精神专题学习会');
    expect(ACTIVITY_TITLES[ActivityKind.CONSULTATION]).toContain('高俞路建设专题协商会');
  });

  it('covers every MeetingKind, ConsultationScale, ReplyClass and GovernmentLevel', () => {
    for (const k of Object.values(MeetingKind)) expect(MEETING_TITLES[k].length, k).toBeGreaterThan(0);
    for (const k of Object.values(ConsultationScale))
      expect(CONSULTATION_TITLES[k].length, k).toBeGreaterThanOrEqual(8);
    for (const k of Object.values(ReplyClass)) expect(REPLY_TEMPLATES[k].length, k).toBeGreaterThanOrEqual(3);
    for (const k of Object.values(GovernmentLevel)) expect(PUBLICITY_OUTLETS[k].length, k).toBeGreaterThan(0);
    const micro = CONSULTATION_TITLES[ConsultationScale.MICRO].join('\n');
    for (const form of ['村头协商', '田埂协商', '板凳协商', '有事好商量']) expect(micro).toContain(form);
  });

  it('has enough opinion report titles and supervision topics', () => {
    expect(OPINION_REPORT_TITLES.length).toBeGreaterThanOrEqual(20);
    expect(SUPERVISION_TOPICS.length).toBeGreaterThanOrEqual(10);
  });

  it('lists one plenary session per year 2021–2025', () => {
    expect(PLENARY_SESSIONS.map((s) => s.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    for (const s of PLENARY_SESSIONS) expect(s.opensOn.startsWith(String(s.year))).toBe(true);
  });

  it('uses only known placeholders, and fillTemplate fills them', () => {
    const known = new Set<string>(TEMPLATE_PLACEHOLDERS);
    for (const { path, list } of lists) {
      for (const s of list as string[]) {
        for (const m of s.matchAll(/\{(\w+)\}/g)) expect(known.has(m[1] ?? ''), `${path}: ${s}`).toBe(true);
      }
    }
    expect(fillTemplate(TOWNSHIP_LOCATIONS[0] ?? '', { township: '高塘镇' })).toBe('高塘镇政府三楼会议室');
    expect(fillTemplate('{village}村部会议室', { village: '双桂村' })).toBe('双桂村村部会议室');
    expect(VILLAGE_LOCATIONS.every((l) => l.includes('{village}'))).toBe(true);
    const reply = fillTemplate(REPLY_TEMPLATES[ReplyClass.A][0] ?? '', {
      unit: '县交通运输局',
      title: '关于加快推进高俞路建设的建议',
      year: 2024,
    });
    expect(reply).toContain('县交通运输局');
    expect(reply).not.toMatch(/[{}]/);
    expect(() => fillTemplate('{unit}答复', {})).toThrow(/unit/);
  });
});
