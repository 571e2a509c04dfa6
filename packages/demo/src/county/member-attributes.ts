/** Ethnicity, age, political affiliation and leave reasons of members. */
import { MemberKind, MemberStatus, PoliticalAffiliation } from '@cppcc/domain';
import type { Random } from '../random';
import { DEMO_REFERENCE_YEAR } from './model';
import { DEMOCRATIC_PARTIES } from './sectors';

export const MINORITY_ETHNICITIES: readonly (readonly [string, number])[] = [
  ['回族', 5],
  ['满族', 3],
  ['壮族', 2],
  ['土家族', 2],
  ['苗族', 2],
  ['蒙古族', 1],
  ['彝族', 1],
  ['畲族', 1],
];

const AGE_BANDS: readonly (readonly [readonly [number, number], number])[] = [
  [[28, 35], 1],
  [[36, 45], 3],
  [[46, 55], 4],
  [[56, 62], 2],
  [[63, 70], 1],
];

export const LEAVE_REASONS: Readonly<Record<Exclude<MemberStatus, MemberStatus.ACTIVE>, readonly string[]>> = {
  [MemberStatus.TERM_ENDED]: [
    '第十届委员任期届满，换届时未继续提名',
    '任期届满，因年龄原因不再提名为新一届委员',
    '任期届满，因工作调整不再担任委员',
    '届满换届，本人申请不再连任',
  ],
  [MemberStatus.WITHDRAWN]: [
    '工作调动离开本县，本人申请辞去委员职务',
    '因身体原因本人申请辞去委员职务',
    '工作岗位变动，按规定辞去委员职务',
    '退休后迁居外地，本人申请辞去委员职务',
    '企业经营重心转移至外省，本人申请退出',
  ],
  [MemberStatus.REVOKED]: [
    '连续两年无故不参加政协全体会议，经常委会议决定撤销委员资格',
    '年度履职考评不合格，依据委员退出机制撤销委员资格',
    '长期不履行委员职责，经主席会议研究、常委会议决定撤销委员资格',
    '受到党纪政务处分，经常委会议决定撤销委员资格',
  ],
};

export function affiliationFor(rng: Random, sectorName: string, title: string): PoliticalAffiliation {
  if (sectorName === '中共') return PoliticalAffiliation.CPC;
  if (DEMOCRATIC_PARTIES.includes(sectorName)) return PoliticalAffiliation.DEMOCRATIC_PARTY;
  if (sectorName === '无党派人士') return PoliticalAffiliation.NON_PARTY;
  if (title.includes('党')) return PoliticalAffiliation.CPC;
  const { CPC, NON_PARTY, MASSES } = PoliticalAffiliation;
  switch (sectorName) {
    case '宗教界':
      return rng.pickWeighted([
        [NON_PARTY, 1],
        [MASSES, 1],
      ]);
    case '共青团':
    case '总工会':
    case '妇联':
      return rng.pickWeighted([
        [CPC, 7],
        [MASSES, 3],
      ]);
    case '工商联':
    case '经济界':
      return rng.pickWeighted([
        [CPC, 35],
        [NON_PARTY, 25],
        [MASSES, 40],
      ]);
    default:
      return rng.pickWeighted([
        [CPC, 5],
        [NON_PARTY, 2],
        [MASSES, 3],
      ]);
  }
}

export function birthYearFor(rng: Random, sectorName: string, kind: MemberKind, status: MemberStatus): number {
  let age: number;
  if (status === MemberStatus.TERM_ENDED) age = rng.int(45, 70);
  else if (sectorName === '共青团') age = rng.int(28, 36);
  else if (sectorName === '特邀人士' || kind === MemberKind.SPECIAL_INVITEE) age = rng.int(50, 70);
  else if (kind === MemberKind.VILLAGE_LIAISON) age = rng.int(35, 62);
  else {
    const [lo, hi] = rng.pickWeighted(AGE_BANDS);
    age = rng.int(lo, hi);
  }
  return DEMO_REFERENCE_YEAR - age;
}
