/** The special committees (专门委员会) and their seats. */
import { CommitteeRole, MemberKind, MemberStatus } from '@cppcc/domain';
import type { Random } from '../random';
import type { DemoCommittee, DemoCommitteeMember, DemoMember, DemoSector } from './model';

interface CommitteeSpec {
  readonly name: string;
  readonly description: string;
  /** Sectors whose members are preferred (weight ×6). */
  readonly preferredSectors: readonly string[];
}

const COMMITTEE_SPECS: readonly CommitteeSpec[] = [
  {
    name: '提案委员会',
    description: '负责提案的征集、审查立案、交办督办和办理协商，联系各提案承办单位，推动提案办理落实。',
    preferredSectors: ['中共', '无党派人士', '民革', '特邀人士'],
  },
  {
    name: '经济委员会',
    description: '围绕县域经济发展、优化营商环境、招商引资和重点项目建设开展调研视察和协商议政。',
    preferredSectors: ['经济界', '工商联', '民建', '科技界'],
  },
  {
    name: '农业和农村委员会',
    description: '聚焦乡村振兴、农村人居环境整治和特色农业产业发展，开展调研视察和民主监督。',
    preferredSectors: ['农业界', '科协', '中共', '九三学社'],
  },
  {
    name: '文史和学习委员会',
    description: '组织委员学习培训，负责文史资料征集编纂和“书香政协”建设，存史资政。',
    preferredSectors: ['文化艺术界', '教育界', '民进', '民盟'],
  },
  {
    name: '社会和法制委员会',
    description: '围绕社会事业、民生保障和法治建设开展协商监督，联系政法、民政和社会保障部门。',
    preferredSectors: ['社会福利和社会保障界', '医药卫生界', '农工党', '妇联', '总工会'],
  },
  {
    name: '港澳台侨和外事委员会',
    description: '联系港澳台侨同胞和在外乡贤，开展联谊交友、对外交流和民族宗教方面的工作。',
    preferredSectors: ['致公党', '民革', '少数民族界', '宗教界', '工商联', '共青团'],
  },
];

export function buildCommittees(
  rng: Random,
  members: readonly DemoMember[],
  sectors: readonly DemoSector[],
): DemoCommittee[] {
  // Each eligible member sits on at most one committee.
  const taken = new Set<number>();
  const eligible = members
    .map((m, i) => ({ m, i }))
    .filter(
      ({ m }) =>
        m.status === MemberStatus.ACTIVE &&
        (m.kind === MemberKind.COUNTY_MEMBER || m.kind === MemberKind.STANDING_MEMBER),
    );

  return COMMITTEE_SPECS.map((spec): DemoCommittee => {
    const preferred = new Set(spec.preferredSectors);
    const choose = (standingOnly: boolean): number => {
      const pool = eligible.filter(
        ({ m, i }) => !taken.has(i) && (!standingOnly || m.kind === MemberKind.STANDING_MEMBER),
      );
      const from = pool.length > 0 ? pool : eligible.filter(({ i }) => !taken.has(i));
      if (from.length === 0) throw new Error('buildCommittees: not enough eligible members');
      const index = rng.pickWeighted(
        from.map(({ m, i }): [number, number] => [
          i,
          preferred.has((sectors[m.sectorIndex] as DemoSector).name) ? 6 : 1,
        ]),
      );
      taken.add(index);
      return index;
    };
    const list: DemoCommitteeMember[] = [{ memberIndex: choose(true), role: CommitteeRole.DIRECTOR }];
    const deputies = rng.int(1, 2);
    for (let k = 0; k < deputies; k++)
      list.push({ memberIndex: choose(rng.chance(0.5)), role: CommitteeRole.DEPUTY_DIRECTOR });
    const ordinary = rng.int(6, 12);
    for (let k = 0; k < ordinary; k++) list.push({ memberIndex: choose(false), role: CommitteeRole.MEMBER });
    return { name: spec.name, description: spec.description, members: list };
  });
}
