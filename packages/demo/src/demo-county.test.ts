import { describe, it, expect } from 'vitest';
import {
  CommitteeRole,
  CppccBodyKind,
  HandlingUnitKind,
  MemberKind,
  MemberStatus,
  PoliticalAffiliation,
  SectorCategory,
  TownshipKind,
} from '@cppcc/domain';
import {
  buildDemoCounty,
  CURRENT_TERM,
  DEMO_COUNTY_CODE,
  DEMO_REFERENCE_YEAR,
  MIN_ACTIVE_TOWNSHIP_MEMBERS,
  PREVIOUS_TERM,
  type DemoCounty,
} from './demo-county';
import { addDays, createRandom, deriveSeed, isoToDayNumber } from './random';

const county: DemoCounty = buildDemoCounty();
const MOBILE = /^1[3-9]\d{9}$/;
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const TODAY_BOUND = `${DEMO_REFERENCE_YEAR}-12-31`;

const STANDARD_SECTORS = [
  '中共',
  '民革',
  '民盟',
  '民建',
  '民进',
  '农工党',
  '致公党',
  '九三学社',
  '无党派人士',
  '共青团',
  '总工会',
  '妇联',
  '工商联',
  '科协',
  '经济界',
  '农业界',
  '教育界',
  '医药卫生界',
  '文化艺术界',
  '科技界',
  '社会福利和社会保障界',
  '少数民族界',
  '宗教界',
  '特邀人士',
];
const DEMOCRATIC_PARTIES = ['民革', '民盟', '民建', '民进', '农工党', '致公党', '九三学社'];

const sectorName = (index: number): string => county.sectors[index]?.name ?? '';

describe('createRandom', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const draw = (seed: number) => {
      const r = createRandom(seed);
      return Array.from({ length: 20 }, () => r.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    // Pinned values: a change of algorithm shows up here, not as silently different demo data.
    const r = createRandom(2025);
    expect([r.next(), r.next(), r.next()]).toEqual([0.425480789039284, 0.6139415160287172, 0.2061573399696499]);
    const q = createRandom(2025);
    expect([q.int(1, 1_000_000), q.date('2000-01-01', '2030-12-31')]).toEqual([425481, '2019-01-12']);
  });

  it('keeps values in range', () => {
    const r = createRandom(7);
    for (let i = 0; i < 2000; i++) {
      const x = r.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = r.int(-3, 3);
      expect(Number.isInteger(n) && n >= -3 && n <= 3).toBe(true);
    }
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(r.int(1, 6));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('picks, weights, shuffles and samples', () => {
    const r = createRandom(11);
    expect(['a', 'b', 'c']).toContain(r.pick(['a', 'b', 'c']));
    for (let i = 0; i < 200; i++)
      expect(
        r.pickWeighted([
          ['x', 0],
          ['y', 1],
          ['z', 0],
        ]),
      ).toBe('y');
    let heavy = 0;
    for (let i = 0; i < 2000; i++)
      if (
        r.pickWeighted([
          ['h', 9],
          ['l', 1],
        ]) === 'h'
      )
        heavy++;
    expect(heavy).toBeGreaterThan(1600);
    const arr = [1, 2, 3, 4, 5, 6, 7, 8];
    const shuffled = r.shuffle(arr);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(arr);
    expect(arr).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const s = r.sample(arr, 5);
    expect(s).toHaveLength(5);
    expect(new Set(s).size).toBe(5);
    expect(r.sample(arr, 0)).toEqual([]);
    expect(() => r.sample(arr, 9)).toThrow(RangeError);
    expect(() => r.pick([])).toThrow(RangeError);
    expect(() => r.pickWeighted([['a', 0]])).toThrow(RangeError);
    expect(r.chance(0)).toBe(false);
    expect(r.chance(1)).toBe(true);
  });

  it('draws dates within the inclusive range, across month and leap-year ends', () => {
    const r = createRandom(3);
    const days = new Set<string>();
    for (let i = 0; i < 400; i++) {
      const d = r.date('2024-02-27', '2024-03-02');
      expect(d >= '2024-02-27' && d <= '2024-03-02').toBe(true);
      days.add(d);
    }
    expect([...days].sort()).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01', '2024-03-02']);
    expect(r.date('2025-01-01', '2025-01-01')).toBe('2025-01-01');
    expect(() => r.date('2025-01-02', '2025-01-01')).toThrow(RangeError);
    expect(() => r.date('2025-02-30', '2025-03-01')).toThrow(RangeError);
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(isoToDayNumber('1970-01-02')).toBe(1);
  });

  it('derives distinct sub-seeds per label', () => {
    expect(deriveSeed(2025, 'members')).toBe(deriveSeed(2025, 'members'));
    expect(deriveSeed(2025, 'members')).not.toBe(deriveSeed(2025, 'townships'));
    expect(deriveSeed(2025, 'members')).not.toBe(deriveSeed(2026, 'members'));
  });
});

describe('buildDemoCounty', () => {
  it('is deterministic: the same seed gives deep-equal output, another seed differs', () => {
    expect(buildDemoCounty(2025)).toEqual(county);
    expect(buildDemoCounty()).toEqual(buildDemoCounty(2025));
    const other = buildDemoCounty(7);
    expect(other).not.toEqual(county);
    expect(other.members.map((m) => m.name)).not.toEqual(county.members.map((m) => m.name));
  });

  it('has the expected counts', () => {
    expect(county.townships.length).toBeGreaterThanOrEqual(15);
    expect(county.sectors.length).toBeGreaterThanOrEqual(22);
    expect(county.committees).toHaveLength(6);
    expect(county.members.length).toBeGreaterThanOrEqual(300);
    expect(county.handlingUnits.length).toBeGreaterThanOrEqual(28);
    expect(county.handlingUnits.length).toBeLessThanOrEqual(34);
  });

  describe.each([2025, 1, 99, 123456])('invariants for seed %i', (seed) => {
    const c = seed === 2025 ? county : buildDemoCounty(seed);

    it('townships: unique 9-digit codes with the county prefix, kind-consistent bodies', () => {
      const codes = c.townships.map((t) => t.code);
      expect(new Set(codes).size).toBe(codes.length);
      const names = c.townships.map((t) => t.name);
      expect(new Set(names).size).toBe(names.length);
      for (const t of c.townships) {
        expect(t.code).toMatch(/^\d{9}$/);
        expect(t.code.startsWith(DEMO_COUNTY_CODE)).toBe(true);
        const tail = Number(t.code.slice(6));
        if (t.kind === TownshipKind.SUBDISTRICT) {
          expect(t.name.endsWith('街道') && tail >= 1 && tail < 100).toBe(true);
          expect(t.bodyKind).toBe(CppccBodyKind.LIAISON_OFFICE);
          expect(t.bodyName).toBe(`${t.name}政协联络处`);
        } else if (t.kind === TownshipKind.TOWN) {
          expect(t.name.endsWith('镇') && tail >= 100 && tail < 200).toBe(true);
          expect(t.bodyKind).toBe(CppccBodyKind.WORK_COMMITTEE);
          expect(t.bodyName).toBe(`${t.name}政协工委`);
        } else {
          expect(t.name.endsWith('乡') && tail >= 200 && tail < 300).toBe(true);
          expect(t.bodyKind).toBe(CppccBodyKind.LIAISON_GROUP);
          expect(t.bodyName).toBe(`${t.name}政协联络组`);
        }
        expect(t.director).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
        expect(t.villages.length).toBeGreaterThan(0);
      }
      expect(new Set(c.townships.map((t) => t.kind)).size).toBe(3);
      const villages = c.townships.flatMap((t) => t.villages);
      expect(new Set(villages).size).toBe(villages.length);
    });

    it('sectors: the standard list in order with categories', () => {
      expect(c.sectors.map((s) => s.name)).toEqual(STANDARD_SECTORS);
      expect(c.sectors.map((s) => s.sortOrder)).toEqual(STANDARD_SECTORS.map((_n, i) => i + 1));
      for (const s of c.sectors) {
        const expected = [...DEMOCRATIC_PARTIES, '中共', '无党派人士'].includes(s.name)
          ? SectorCategory.PARTY
          : ['共青团', '总工会', '妇联', '工商联', '科协'].includes(s.name)
            ? SectorCategory.PEOPLES_ORGANISATION
            : s.name === '特邀人士'
              ? SectorCategory.INVITED
              : SectorCategory.SECTOR;
        expect(s.category).toBe(expected);
      }
    });

    it('members: every township has at least 12 (active) members and sizes vary', () => {
      const sizes = c.townships.map((_t, i) => c.members.filter((m) => m.townshipIndex === i).length);
      const active = c.townships.map(
        (_t, i) => c.members.filter((m) => m.townshipIndex === i && m.status === MemberStatus.ACTIVE).length,
      );
      for (const n of sizes) {
        expect(n).toBeGreaterThanOrEqual(12);
        expect(n).toBeLessThanOrEqual(35);
      }
      for (const n of active) expect(n).toBeGreaterThanOrEqual(MIN_ACTIVE_TOWNSHIP_MEMBERS);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    });

    it('members: valid indexes, names, unique phones, dates', () => {
      const phones = c.members.map((m) => m.phone);
      expect(new Set(phones).size).toBe(phones.length);
      const names = c.members.map((m) => m.name);
      expect(new Set(names).size).toBe(names.length);
      for (const m of c.members) {
        expect(m.phone).toMatch(MOBILE);
        expect(m.name.length).toBeGreaterThan(0);
        expect(m.name.length).toBeLessThanOrEqual(50);
        expect(m.name).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
        expect(m.workUnit.length).toBeGreaterThan(0);
        expect(m.workUnit.length).toBeLessThanOrEqual(100);
        expect(m.title.length).toBeGreaterThan(0);
        expect(m.title.length).toBeLessThanOrEqual(50);
        expect(m.ethnicity).toMatch(/族$/);
        expect(m.sectorIndex).toBeGreaterThanOrEqual(0);
        expect(m.sectorIndex).toBeLessThan(c.sectors.length);
        expect(m.townshipIndex).toBeGreaterThanOrEqual(0);
        expect(m.townshipIndex).toBeLessThan(c.townships.length);

        expect(m.birthDate).toMatch(ISO);
        expect(m.birthDate <= TODAY_BOUND).toBe(true);
        const age = DEMO_REFERENCE_YEAR - Number(m.birthDate.slice(0, 4));
        expect(age).toBeGreaterThanOrEqual(28);
        expect(age).toBeLessThanOrEqual(70);

        expect(m.joinedOn).toMatch(ISO);
        expect(m.joinedOn <= TODAY_BOUND).toBe(true);
        if (m.status === MemberStatus.ACTIVE) {
          expect(m.leftOn).toBeNull();
          expect(m.leaveReason).toBeNull();
        } else {
          expect(m.leftOn).toMatch(ISO);
          expect((m.leftOn ?? '') > m.joinedOn).toBe(true);
          expect((m.leftOn ?? '') <= TODAY_BOUND).toBe(true);
          expect(m.leaveReason).toMatch(/[\u4e00-\u9fff]/);
        }
        if (m.term === CURRENT_TERM) {
          expect(m.joinedOn >= '2021-12-01' && m.joinedOn <= '2022-01-31').toBe(true);
        } else {
          expect(m.term).toBe(PREVIOUS_TERM);
          expect(m.status).toBe(MemberStatus.TERM_ENDED);
          expect(m.joinedOn.startsWith('2016-')).toBe(true);
        }
        if (m.status === MemberStatus.TERM_ENDED) expect(m.term).toBe(PREVIOUS_TERM);
      }
    });

    it('members: affiliation consistent with sector, ethnicity with 少数民族界', () => {
      for (const m of c.members) {
        const s = sectorName(m.sectorIndex);
        if (s === '中共') expect(m.affiliation).toBe(PoliticalAffiliation.CPC);
        else if (DEMOCRATIC_PARTIES.includes(s)) expect(m.affiliation).toBe(PoliticalAffiliation.DEMOCRATIC_PARTY);
        else if (s === '无党派人士') expect(m.affiliation).toBe(PoliticalAffiliation.NON_PARTY);
        else expect(m.affiliation).not.toBe(PoliticalAffiliation.DEMOCRATIC_PARTY);
        if (s === '少数民族界') expect(m.ethnicity).not.toBe('汉族');
      }
    });

    it('members: realistic mix of status, kind and sectors', () => {
      const n = c.members.length;
      const count = <K>(key: (m: (typeof c.members)[number]) => K, value: K) =>
        c.members.filter((m) => key(m) === value).length;
      const active = count((m) => m.status, MemberStatus.ACTIVE);
      expect(active / n).toBeGreaterThan(0.85);
      expect(active / n).toBeLessThan(0.95);
      for (const status of [MemberStatus.TERM_ENDED, MemberStatus.WITHDRAWN, MemberStatus.REVOKED]) {
        expect(count((m) => m.status, status)).toBeGreaterThan(0);
      }
      const standing = count((m) => m.kind, MemberKind.STANDING_MEMBER);
      expect(standing / n).toBeGreaterThan(0.04);
      expect(standing / n).toBeLessThan(0.2);
      expect(count((m) => m.kind, MemberKind.SPECIAL_INVITEE)).toBeGreaterThan(0);
      expect(count((m) => m.kind, MemberKind.VILLAGE_LIAISON)).toBeGreaterThan(0);
      expect(count((m) => m.kind, MemberKind.COUNTY_MEMBER) / n).toBeGreaterThan(0.6);
      c.sectors.forEach((_s, i) => {
        expect(
          c.members.filter((m) => m.sectorIndex === i && m.status === MemberStatus.ACTIVE).length,
        ).toBeGreaterThanOrEqual(2);
      });
    });

    it('committees: valid, unique members with one director, 1–2 deputies and 6–12 members', () => {
      expect(c.committees.map((k) => k.name)).toEqual([
        '提案委员会',
        '经济委员会',
        '农业和农村委员会',
        '文史和学习委员会',
        '社会和法制委员会',
        '港澳台侨和外事委员会',
      ]);
      for (const k of c.committees) {
        expect(k.description).toMatch(/[\u4e00-\u9fff]/);
        const indexes = k.members.map((x) => x.memberIndex);
        expect(new Set(indexes).size).toBe(indexes.length);
        const roles = (role: CommitteeRole) => k.members.filter((x) => x.role === role).length;
        expect(roles(CommitteeRole.DIRECTOR)).toBe(1);
        expect(roles(CommitteeRole.DEPUTY_DIRECTOR)).toBeGreaterThanOrEqual(1);
        expect(roles(CommitteeRole.DEPUTY_DIRECTOR)).toBeLessThanOrEqual(2);
        expect(roles(CommitteeRole.MEMBER)).toBeGreaterThanOrEqual(6);
        expect(roles(CommitteeRole.MEMBER)).toBeLessThanOrEqual(12);
        for (const i of indexes) {
          expect(Number.isInteger(i) && i >= 0 && i < c.members.length).toBe(true);
          const m = c.members[i];
          expect(m?.status).toBe(MemberStatus.ACTIVE);
          expect([MemberKind.COUNTY_MEMBER, MemberKind.STANDING_MEMBER]).toContain(m?.kind);
        }
      }
    });

    it('handling units: unique names, short names and phones', () => {
      const names = c.handlingUnits.map((u) => u.name);
      expect(new Set(names).size).toBe(names.length);
      expect(new Set(c.handlingUnits.map((u) => u.shortName)).size).toBe(names.length);
      const phones = [...c.handlingUnits.map((u) => u.contactPhone), ...c.members.map((m) => m.phone)];
      expect(new Set(phones).size).toBe(phones.length);
      for (const u of c.handlingUnits) {
        expect(u.name.startsWith('县')).toBe(true);
        expect(u.name.length).toBeLessThanOrEqual(50);
        expect(u.shortName.length).toBeGreaterThan(0);
        expect(u.contactPerson).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
        expect(u.contactPhone).toMatch(/^(0556-5\d{6}|1[3-9]\d{9})$/);
        expect(Object.values(HandlingUnitKind)).toContain(u.kind);
      }
      expect(new Set(c.handlingUnits.map((u) => u.kind)).size).toBe(4);
    });
  });
});
