/** Townships (街道, 镇, 乡) with their CPPCC bodies, codes and villages. */
import { CppccBodyKind, Gender, TownshipKind } from '@cppcc/domain';
import type { Random } from '../random';
import { DEMO_COUNTY_CODE, DEMO_REFERENCE_YEAR, type DemoTownship } from './model';
import { personName } from './names';

export interface TownshipSpec {
  readonly name: string;
  readonly kind: TownshipKind;
  /** Typical number of members; the seed moves it by ±2. */
  readonly size: number;
}

export const TOWNSHIP_SPECS: readonly TownshipSpec[] = [
  { name: '东城街道', kind: TownshipKind.SUBDISTRICT, size: 34 },
  { name: '西城街道', kind: TownshipKind.SUBDISTRICT, size: 30 },
  { name: '城南街道', kind: TownshipKind.SUBDISTRICT, size: 24 },
  { name: '高塘镇', kind: TownshipKind.TOWN, size: 27 },
  { name: '俞家镇', kind: TownshipKind.TOWN, size: 21 },
  { name: '新集镇', kind: TownshipKind.TOWN, size: 23 },
  { name: '甘棠镇', kind: TownshipKind.TOWN, size: 19 },
  { name: '双桂镇', kind: TownshipKind.TOWN, size: 17 },
  { name: '大河镇', kind: TownshipKind.TOWN, size: 20 },
  { name: '桃源镇', kind: TownshipKind.TOWN, size: 18 },
  { name: '龙山镇', kind: TownshipKind.TOWN, size: 16 },
  { name: '青石镇', kind: TownshipKind.TOWN, size: 15 },
  { name: '白沙镇', kind: TownshipKind.TOWN, size: 22 },
  { name: '三河镇', kind: TownshipKind.TOWN, size: 25 },
  { name: '柳河乡', kind: TownshipKind.XIANG, size: 15 },
  { name: '石牛乡', kind: TownshipKind.XIANG, size: 14 },
  { name: '梅岭乡', kind: TownshipKind.XIANG, size: 14 },
  { name: '五显乡', kind: TownshipKind.XIANG, size: 14 },
];

const BODY_BY_KIND: Readonly<Record<TownshipKind, { readonly suffix: string; readonly kind: CppccBodyKind }>> = {
  [TownshipKind.TOWN]: { suffix: '政协工委', kind: CppccBodyKind.WORK_COMMITTEE },
  [TownshipKind.SUBDISTRICT]: { suffix: '政协联络处', kind: CppccBodyKind.LIAISON_OFFICE },
  [TownshipKind.XIANG]: { suffix: '政协联络组', kind: CppccBodyKind.LIAISON_GROUP },
};

/** First code (last three digits) per kind, as in the national 行政区划代码 scheme. */
const CODE_BASE: Readonly<Record<TownshipKind, number>> = {
  [TownshipKind.SUBDISTRICT]: 1,
  [TownshipKind.TOWN]: 100,
  [TownshipKind.XIANG]: 200,
};

const VILLAGES_PER_TOWNSHIP = 5;

const VILLAGE_STEMS: readonly string[] = [
  '双桂',
  '大河沿',
  '祝湾',
  '谢垮',
  '长冲坪',
  '晒谷石',
  '旺山',
  '黄泥岗',
  '石桥',
  '柏林',
  '杨柳',
  '桃园',
  '杏花',
  '梅山',
  '竹园',
  '松岗',
  '枫林',
  '荷塘',
  '莲花',
  '金桥',
  '凤凰',
  '青龙',
  '白果',
  '三合',
  '四方',
  '五星',
  '六合',
  '七里',
  '八里',
  '九龙',
  '十里铺',
  '新华',
  '红星',
  '胜利',
  '先锋',
  '光明',
  '联合',
  '团结',
  '和平',
  '幸福',
  '永安',
  '长岭',
  '高岗',
  '马塘',
  '牛集',
  '鹤山',
  '燕窝',
  '陈湾',
  '王庄',
  '李圩',
  '张店',
  '刘岗',
  '周湾',
  '吴集',
  '徐桥',
  '孙畈',
  '胡冲',
  '郭河',
  '何岭',
  '罗湾',
  '郑庄',
  '唐圩',
  '韩岗',
  '冯桥',
  '邓湾',
  '曹庄',
  '彭冲',
  '曾岭',
  '董圩',
  '袁店',
  '潘岗',
  '程湾',
  '余冲',
  '丰乐',
  '汤池',
  '茶园',
  '板桥',
  '河口',
  '龙潭',
  '柳林',
];

const COMMUNITY_STEMS: readonly string[] = [
  '文昌',
  '府前',
  '人民路',
  '建设路',
  '东门',
  '西门',
  '南关',
  '北关',
  '鼓楼',
  '学府',
  '滨河',
  '春晖',
  '新城',
  '解放路',
  '花园',
  '玉兰',
];

export function buildTownships(rng: Random, usedNames: Set<string>): DemoTownship[] {
  const nextCode: Record<TownshipKind, number> = { ...CODE_BASE };
  // Disjoint villages / communities per township.
  const villagePool = rng.shuffle(VILLAGE_STEMS);
  const communityPool = rng.shuffle(COMMUNITY_STEMS);
  const takeStem = (pool: string[]): string => {
    const stem = pool.pop();
    if (stem === undefined) throw new Error('buildTownships: village name pool exhausted');
    return stem;
  };
  return TOWNSHIP_SPECS.map((spec) => {
    const code = DEMO_COUNTY_CODE + String(nextCode[spec.kind]++).padStart(3, '0');
    const body = BODY_BY_KIND[spec.kind];
    const urban = spec.kind === TownshipKind.SUBDISTRICT;
    const villages: string[] = [];
    for (let i = 0; i < VILLAGES_PER_TOWNSHIP; i++) {
      villages.push(urban ? `${takeStem(communityPool)}社区` : `${takeStem(villagePool)}村`);
    }
    const gender = rng.chance(0.2) ? Gender.FEMALE : Gender.MALE;
    return {
      name: spec.name,
      code,
      kind: spec.kind,
      bodyName: spec.name + body.suffix,
      bodyKind: body.kind,
      director: personName(rng, usedNames, gender, DEMO_REFERENCE_YEAR - rng.int(45, 58)),
      villages,
    };
  });
}
