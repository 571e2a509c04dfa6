/**
 * The demo county: organisation and people of one fictional county, as plain objects.
 *
 * `buildDemoCounty(seed)` is pure and deterministic: the same seed gives deep-equal output on
 * every run and machine (see random.ts). Cross references are array indexes
 * (`member.sectorIndex`, `member.townshipIndex`, `committee.members[].memberIndex`); the
 * database seeder turns them into ids.
 *
 * Each part draws from its own random stream (deriveSeed(seed, part)), so changing how one part
 * is generated does not reshuffle the others.
 */
import {
  CommitteeRole,
  CppccBodyKind,
  Gender,
  HandlingUnitKind,
  MemberKind,
  MemberStatus,
  PoliticalAffiliation,
  SectorCategory,
  TownshipKind,
} from '@cppcc/domain';
import { addDays, createRandom, deriveSeed, type Random } from './random';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

export interface DemoTownship {
  name: string;
  /** 9-digit 行政区划代码: county prefix + 001… (街道), 100… (镇), 200… (乡). */
  code: string;
  kind: TownshipKind;
  /** e.g. 高塘镇政协工委, 东城街道政协联络处, 柳河乡政协联络组. */
  bodyName: string;
  bodyKind: CppccBodyKind;
  /** Director of the township's CPPCC body. */
  director: string;
  /** Villages (村) or, for a subdistrict, communities (社区) — for work units and activity places. */
  villages: string[];
}

export interface DemoSector {
  name: string;
  category: SectorCategory;
  /** 1..n in the standard order. */
  sortOrder: number;
}

export interface DemoCommitteeMember {
  /** Index into DemoCounty.members. */
  memberIndex: number;
  role: CommitteeRole;
}

export interface DemoCommittee {
  name: string;
  description: string;
  members: DemoCommitteeMember[];
}

export interface DemoMember {
  name: string;
  gender: Gender;
  /** 民族, e.g. 汉族, 回族. */
  ethnicity: string;
  /** 'YYYY-MM-DD'. */
  birthDate: string;
  affiliation: PoliticalAffiliation;
  /** Index into DemoCounty.sectors. */
  sectorIndex: number;
  /** Index into DemoCounty.townships. */
  townshipIndex: number;
  kind: MemberKind;
  /** 届, e.g. 第十一届. */
  term: string;
  status: MemberStatus;
  workUnit: string;
  title: string;
  /** 11-digit mobile number, unique. */
  phone: string;
  /** 'YYYY-MM-DD'. */
  joinedOn: string;
  /** 'YYYY-MM-DD', after joinedOn; null while ACTIVE. */
  leftOn: string | null;
  /** Chinese reason; null while ACTIVE. */
  leaveReason: string | null;
}

export interface DemoHandlingUnit {
  name: string;
  shortName: string;
  kind: HandlingUnitKind;
  contactPerson: string;
  /** Landline '0556-5xxxxxx' or an 11-digit mobile. */
  contactPhone: string;
}

export interface DemoCounty {
  seed: number;
  countyName: string;
  /** 6-digit county code, the prefix of every township code. */
  countyCode: string;
  townships: DemoTownship[];
  sectors: DemoSector[];
  committees: DemoCommittee[];
  members: DemoMember[];
  handlingUnits: DemoHandlingUnit[];
}

// ---------------------------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------------------------

export const DEMO_COUNTY_NAME = '桐溪县';
export const DEMO_COUNTY_CODE = '341122';
export const DEMO_AREA_CODE = '0556';
/** The year ages and "not in the future" are measured against. */
export const DEMO_REFERENCE_YEAR = 2025;
export const CURRENT_TERM = '第十一届';
export const PREVIOUS_TERM = '第十届';

/** Smallest and largest number of members organised in one township. */
export const MIN_TOWNSHIP_MEMBERS = 14;
export const MAX_TOWNSHIP_MEMBERS = 35;
/** Every township keeps at least this many ACTIVE members (per-member metrics stay meaningful). */
export const MIN_ACTIVE_TOWNSHIP_MEMBERS = 12;

interface TownshipSpec {
  readonly name: string;
  readonly kind: TownshipKind;
  /** Typical number of members; the seed moves it by ±2. */
  readonly size: number;
}

const TOWNSHIP_SPECS: readonly TownshipSpec[] = [
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

interface SectorSpec {
  readonly name: string;
  readonly category: SectorCategory;
  /** Relative share of members. */
  readonly weight: number;
  /** Multipliers for subdistricts (county seat) and 乡 (rural); towns use 1. */
  readonly urban: number;
  readonly rural: number;
}

const DEMOCRATIC_PARTIES: readonly string[] = ['民革', '民盟', '民建', '民进', '农工党', '致公党', '九三学社'];

const SECTOR_SPECS: readonly SectorSpec[] = [
  { name: '中共', category: SectorCategory.PARTY, weight: 30, urban: 1, rural: 1.3 },
  { name: '民革', category: SectorCategory.PARTY, weight: 5, urban: 2, rural: 0.3 },
  { name: '民盟', category: SectorCategory.PARTY, weight: 7, urban: 2, rural: 0.3 },
  { name: '民建', category: SectorCategory.PARTY, weight: 7, urban: 2, rural: 0.3 },
  { name: '民进', category: SectorCategory.PARTY, weight: 7, urban: 2, rural: 0.3 },
  { name: '农工党', category: SectorCategory.PARTY, weight: 5, urban: 2, rural: 0.3 },
  { name: '致公党', category: SectorCategory.PARTY, weight: 3, urban: 2, rural: 0.3 },
  { name: '九三学社', category: SectorCategory.PARTY, weight: 4, urban: 2, rural: 0.3 },
  { name: '无党派人士', category: SectorCategory.PARTY, weight: 9, urban: 1.5, rural: 0.6 },
  { name: '共青团', category: SectorCategory.PEOPLES_ORGANISATION, weight: 6, urban: 1, rural: 1 },
  { name: '总工会', category: SectorCategory.PEOPLES_ORGANISATION, weight: 7, urban: 1.3, rural: 0.6 },
  { name: '妇联', category: SectorCategory.PEOPLES_ORGANISATION, weight: 9, urban: 1, rural: 1 },
  { name: '工商联', category: SectorCategory.PEOPLES_ORGANISATION, weight: 16, urban: 1.3, rural: 0.6 },
  { name: '科协', category: SectorCategory.PEOPLES_ORGANISATION, weight: 6, urban: 1, rural: 1 },
  { name: '经济界', category: SectorCategory.SECTOR, weight: 22, urban: 1.3, rural: 0.6 },
  { name: '农业界', category: SectorCategory.SECTOR, weight: 22, urban: 0.2, rural: 2 },
  { name: '教育界', category: SectorCategory.SECTOR, weight: 20, urban: 1.2, rural: 1 },
  { name: '医药卫生界', category: SectorCategory.SECTOR, weight: 17, urban: 1.3, rural: 0.9 },
  { name: '文化艺术界', category: SectorCategory.SECTOR, weight: 9, urban: 1.4, rural: 0.7 },
  { name: '科技界', category: SectorCategory.SECTOR, weight: 7, urban: 1.5, rural: 0.6 },
  { name: '社会福利和社会保障界', category: SectorCategory.SECTOR, weight: 8, urban: 1.1, rural: 1 },
  { name: '少数民族界', category: SectorCategory.SECTOR, weight: 4, urban: 1, rural: 1 },
  { name: '宗教界', category: SectorCategory.SECTOR, weight: 4, urban: 1, rural: 1 },
  { name: '特邀人士', category: SectorCategory.INVITED, weight: 8, urban: 1, rural: 1 },
];

/** Every sector gets at least this many active members. */
const MIN_ACTIVE_PER_SECTOR = 2;

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

interface HandlingUnitSpec {
  readonly name: string;
  readonly shortName: string;
  readonly kind: HandlingUnitKind;
}

const G = HandlingUnitKind.GOVERNMENT_DEPARTMENT;
const HANDLING_UNIT_SPECS: readonly HandlingUnitSpec[] = [
  { name: '县发展和改革委员会', shortName: '发改委', kind: G },
  { name: '县教育局', shortName: '教育局', kind: G },
  { name: '县科技局', shortName: '科技局', kind: G },
  { name: '县公安局', shortName: '公安局', kind: G },
  { name: '县民政局', shortName: '民政局', kind: G },
  { name: '县司法局', shortName: '司法局', kind: G },
  { name: '县财政局', shortName: '财政局', kind: G },
  { name: '县人力资源和社会保障局', shortName: '人社局', kind: G },
  { name: '县自然资源和规划局', shortName: '自然资源规划局', kind: G },
  { name: '县生态环境分局', shortName: '生态环境分局', kind: G },
  { name: '县住房和城乡建设局', shortName: '住建局', kind: G },
  { name: '县交通运输局', shortName: '交通运输局', kind: G },
  { name: '县水利局', shortName: '水利局', kind: G },
  { name: '县农业农村局', shortName: '农业农村局', kind: G },
  { name: '县林业局', shortName: '林业局', kind: G },
  { name: '县商务局', shortName: '商务局', kind: G },
  { name: '县文化旅游体育局', shortName: '文旅体局', kind: G },
  { name: '县卫生健康委员会', shortName: '卫健委', kind: G },
  { name: '县退役军人事务局', shortName: '退役军人事务局', kind: G },
  { name: '县应急管理局', shortName: '应急管理局', kind: G },
  { name: '县市场监督管理局', shortName: '市场监管局', kind: G },
  { name: '县医疗保障局', shortName: '医保局', kind: G },
  { name: '县城市管理局', shortName: '城管局', kind: G },
  { name: '县数据资源管理局', shortName: '数据资源局', kind: G },
  { name: '县乡村振兴局', shortName: '乡村振兴局', kind: G },
  { name: '县融媒体中心', shortName: '融媒体中心', kind: HandlingUnitKind.PUBLIC_INSTITUTION },
  { name: '县人民医院', shortName: '人民医院', kind: HandlingUnitKind.PUBLIC_INSTITUTION },
  { name: '县中医院', shortName: '中医院', kind: HandlingUnitKind.PUBLIC_INSTITUTION },
  { name: '县供电公司', shortName: '供电公司', kind: HandlingUnitKind.STATE_ENTERPRISE },
  { name: '县自来水公司', shortName: '自来水公司', kind: HandlingUnitKind.STATE_ENTERPRISE },
  { name: '县邮政分公司', shortName: '邮政分公司', kind: HandlingUnitKind.STATE_ENTERPRISE },
  { name: '县消防救援大队', shortName: '消防救援大队', kind: HandlingUnitKind.OTHER },
];

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

/** Common surnames with approximate frequency (‰ of the population, rounded). */
const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 71],
  ['李', 70],
  ['张', 67],
  ['刘', 54],
  ['陈', 45],
  ['杨', 31],
  ['黄', 22],
  ['赵', 20],
  ['吴', 20],
  ['周', 19],
  ['徐', 13],
  ['孙', 13],
  ['马', 11],
  ['朱', 11],
  ['胡', 10],
  ['郭', 10],
  ['何', 9],
  ['高', 9],
  ['林', 9],
  ['罗', 8],
  ['郑', 8],
  ['梁', 7],
  ['谢', 6],
  ['宋', 6],
  ['唐', 6],
  ['许', 5],
  ['韩', 5],
  ['冯', 5],
  ['邓', 5],
  ['曹', 5],
  ['彭', 4],
  ['曾', 4],
  ['肖', 4],
  ['田', 4],
  ['董', 4],
  ['袁', 4],
  ['潘', 3],
  ['于', 3],
  ['蒋', 3],
  ['蔡', 3],
  ['余', 3],
  ['杜', 3],
  ['叶', 3],
  ['程', 3],
  ['苏', 3],
  ['魏', 3],
  ['吕', 3],
  ['丁', 3],
  ['任', 3],
  ['沈', 3],
  ['姚', 2],
  ['卢', 2],
  ['姜', 2],
  ['崔', 2],
  ['钟', 2],
  ['谭', 2],
  ['陆', 2],
  ['汪', 2],
  ['范', 2],
  ['金', 2],
  ['石', 2],
  ['廖', 2],
  ['贾', 2],
  ['夏', 2],
  ['韦', 2],
  ['付', 2],
  ['方', 2],
  ['白', 2],
  ['邹', 2],
  ['孟', 2],
  ['熊', 2],
  ['秦', 2],
  ['邱', 2],
  ['江', 2],
  ['尹', 2],
  ['薛', 2],
  ['闫', 2],
  ['段', 2],
  ['雷', 2],
  ['侯', 2],
  ['龙', 2],
  ['史', 2],
  ['陶', 1],
  ['黎', 1],
  ['贺', 1],
  ['顾', 1],
  ['毛', 1],
  ['郝', 1],
  ['龚', 1],
  ['邵', 1],
  ['万', 1],
  ['钱', 1],
  ['严', 1],
  ['覃', 1],
  ['武', 1],
  ['戴', 1],
  ['莫', 1],
  ['孔', 1],
  ['向', 1],
  ['汤', 1],
];

interface GivenNamePools {
  /** Born before 1975. */
  readonly older: readonly string[];
  /** Born 1975 or later. */
  readonly younger: readonly string[];
}

const GIVEN_NAMES: Readonly<Record<Gender, GivenNamePools>> = {
  [Gender.MALE]: {
    older: [
      '建国',
      '建华',
      '建军',
      '建平',
      '国庆',
      '国华',
      '国强',
      '志强',
      '志刚',
      '志明',
      '卫东',
      '卫国',
      '红军',
      '永刚',
      '永明',
      '德明',
      '德华',
      '德胜',
      '世杰',
      '长林',
      '春生',
      '学文',
      '光明',
      '胜利',
      '玉山',
      '宝林',
      '庆丰',
      '兴旺',
      '守仁',
      '运来',
      '金平',
      '传海',
      '先进',
      '道林',
      '振华',
      '立新',
      '明辉',
      '文斌',
      '海涛',
      '家宝',
      '正国',
      '友良',
      '同民',
      '少阳',
      '松青',
      '雄辉',
      '文松',
      '大勇',
      '军',
      '伟',
      '强',
      '勇',
      '平',
      '刚',
      '华',
      '林',
      '斌',
      '明',
      '忠',
      '辉',
      '彬',
      '俊',
    ],
    younger: [
      '晓东',
      '晓峰',
      '海波',
      '宏伟',
      '俊杰',
      '鹏飞',
      '云飞',
      '剑锋',
      '浩然',
      '宇航',
      '天宇',
      '明亮',
      '文博',
      '子豪',
      '振宇',
      '伟东',
      '俊峰',
      '志远',
      '家乐',
      '思远',
      '博文',
      '嘉豪',
      '永健',
      '亚军',
      '东升',
      '学军',
      '海龙',
      '晨阳',
      '凯文',
      '旭东',
      '一鸣',
      '少华',
      '磊',
      '鹏',
      '超',
      '杰',
      '涛',
      '峰',
      '浩',
      '宇',
      '鑫',
      '凯',
      '亮',
      '毅',
      '锋',
      '健',
      '帅',
      '阳',
    ],
  },
  [Gender.FEMALE]: {
    older: [
      '秀英',
      '桂英',
      '秀兰',
      '玉兰',
      '桂兰',
      '凤英',
      '淑珍',
      '丽华',
      '红梅',
      '海燕',
      '春燕',
      '晓红',
      '玉梅',
      '素芬',
      '翠萍',
      '金凤',
      '彩霞',
      '丽萍',
      '爱华',
      '美华',
      '秀珍',
      '玉珍',
      '桂芳',
      '淑华',
      '兰英',
      '春兰',
      '红霞',
      '亚萍',
      '建英',
      '卫红',
      '芳',
      '敏',
      '静',
      '丽',
      '艳',
      '娟',
      '霞',
      '玲',
      '红',
      '梅',
      '燕',
      '萍',
    ],
    younger: [
      '晓燕',
      '丽娟',
      '美玲',
      '雪梅',
      '文静',
      '婷婷',
      '佳慧',
      '雅琴',
      '晓丽',
      '慧敏',
      '思雨',
      '梦瑶',
      '欣怡',
      '静怡',
      '雨婷',
      '晓雯',
      '琳琳',
      '莉莉',
      '佳佳',
      '倩倩',
      '丹丹',
      '晶晶',
      '海霞',
      '小红',
      '春晓',
      '雅婷',
      '梦洁',
      '诗涵',
      '若兰',
      '媛媛',
      '莉',
      '琳',
      '婷',
      '雪',
      '慧',
      '颖',
      '洁',
      '倩',
      '蕾',
      '璐',
      '薇',
      '瑶',
    ],
  },
};

/** A full name not yet in `used` (which is updated). */
function personName(rng: Random, used: Set<string>, gender: Gender, birthYear: number): string {
  const pools = GIVEN_NAMES[gender];
  for (let attempt = 0; attempt < 200; attempt++) {
    const surname = rng.pickWeighted(SURNAMES);
    // Generations overlap: mostly the pool of one's own era, sometimes the other.
    const ownEra = birthYear < 1975 ? pools.older : pools.younger;
    const otherEra = birthYear < 1975 ? pools.younger : pools.older;
    const pool = rng.chance(0.8) ? ownEra : otherEra;
    const name = surname + rng.pick(pool);
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
  throw new Error('personName: could not find an unused name after 200 attempts');
}

/** Mobile prefixes starting 13/15/18/19. */
const MOBILE_PREFIXES: readonly string[] = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '153',
  '155',
  '156',
  '157',
  '158',
  '159',
  '180',
  '181',
  '182',
  '183',
  '185',
  '186',
  '187',
  '188',
  '189',
  '191',
  '198',
  '199',
];

function digits(rng: Random, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(rng.int(0, 9));
  return s;
}

function mobilePhone(rng: Random, used: Set<string>): string {
  for (;;) {
    const phone = rng.pick(MOBILE_PREFIXES) + digits(rng, 8);
    if (!used.has(phone)) {
      used.add(phone);
      return phone;
    }
  }
}

function landlinePhone(rng: Random, used: Set<string>): string {
  for (;;) {
    const phone = `${DEMO_AREA_CODE}-5${digits(rng, 6)}`;
    if (!used.has(phone)) {
      used.add(phone);
      return phone;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Work units and titles
// ---------------------------------------------------------------------------------------------

/**
 * A kind of workplace. `unit` and titles may hold placeholders:
 * {T} township name (高塘镇), {t} its stem (高塘), {v} a village/community of it,
 * {gov} 人民政府 / 办事处, {deputy} 副镇长 / 副乡长 / 副主任, {brand}, {industry}, {crop},
 * {livestock}, {temple}, {school} (a county secondary school).
 * `heads` are titles held by one person per unit (校长, 院长…); `staff` by any number.
 */
interface JobTemplate {
  readonly unit: string;
  readonly heads: readonly string[];
  readonly staff: readonly string[];
  /** Only in subdistricts (urban) or only in towns and 乡 (rural); both when absent. */
  readonly where?: 'urban' | 'rural';
}

const job = (
  unit: string,
  heads: readonly string[],
  staff: readonly string[],
  where?: 'urban' | 'rural',
): JobTemplate => (where === undefined ? { unit, heads, staff } : { unit, heads, staff, where });

const BRANDS: readonly string[] = [
  '恒泰',
  '华盛',
  '金桥',
  '宏达',
  '兴隆',
  '瑞丰',
  '天宇',
  '佳和',
  '永康',
  '盛世',
  '鑫源',
  '德润',
  '嘉禾',
  '丰源',
  '绿康',
  '顺源',
  '远航',
  '汇通',
  '皖诚',
  '润泽',
  '新丰',
  '益民',
  '大成',
  '同心',
];
const INDUSTRIES: readonly string[] = [
  '建材',
  '纺织',
  '机械制造',
  '食品',
  '新材料',
  '建筑工程',
  '农产品加工',
  '服装',
  '竹木制品',
  '茶业',
  '包装',
  '电子',
  '汽车配件',
  '粮油',
  '家具',
];
const CROPS: readonly string[] = [
  '花椒',
  '茶叶',
  '水稻',
  '蔬菜',
  '苗木',
  '葡萄',
  '油茶',
  '中药材',
  '食用菌',
  '稻虾',
  '瓜蒌',
  '蓝莓',
];
const LIVESTOCK: readonly string[] = ['生猪', '肉牛', '水产', '蛋鸡', '黑山羊', '皖西白鹅'];
const TEMPLES: readonly string[] = ['观音寺', '福缘寺', '兴福寺', '普济寺', '清凉寺'];
const SECONDARY_SCHOOLS: readonly string[] = ['县第一中学', '县第二中学', '县实验中学', '县城关中学'];

const PARTY_PROFESSIONALS: readonly JobTemplate[] = [
  job('{school}', ['教研组长'], ['高级教师', '教师']),
  job('县人民医院', ['科主任'], ['主任医师', '副主任医师', '主治医师']),
];

const JOBS_BY_SECTOR: Readonly<Record<string, readonly JobTemplate[]>> = {
  中共: [
    job('{T}党委', ['组织委员', '宣传委员', '纪委书记'], ['党委委员']),
    job('{T}{gov}', [], ['{deputy}']),
    job('{v}村委会', ['村党支部书记'], ['村党支部委员'], 'rural'),
    job('{v}居委会', ['社区党委书记'], ['社区党委委员'], 'urban'),
    job('{t}中心学校', ['党支部书记'], ['教师'], 'rural'),
    job('县委统战部', ['副部长'], ['科长'], 'urban'),
    job('县委组织部', ['副部长'], ['科长'], 'urban'),
    job('县人民法院', ['副院长'], ['审判员', '庭长'], 'urban'),
    job('县人民检察院', ['副检察长'], ['检察官'], 'urban'),
  ],
  民革: [
    job('县{brand}律师事务所', ['主任'], ['律师', '合伙人']),
    job('县公证处', ['主任'], ['公证员']),
    job('县档案馆', ['副馆长'], ['馆员']),
    ...PARTY_PROFESSIONALS,
  ],
  民盟: [
    job('{school}', ['副校长', '年级主任'], ['高级教师', '教师']),
    job('县实验小学', ['副校长'], ['教师']),
    job('县图书馆', ['副馆长'], ['馆员']),
    job('县职业教育中心', ['专业部主任'], ['教师']),
    job('县文化馆', ['副馆长'], ['馆员']),
  ],
  民建: [
    job('{t}{brand}{industry}有限公司', ['董事长', '总经理', '财务总监'], ['副总经理']),
    job('县农村商业银行{t}支行', ['行长', '副行长'], ['客户经理']),
    job('县{brand}会计师事务所', ['所长'], ['注册会计师']),
  ],
  民进: [
    job('县实验小学', ['教导主任'], ['教师']),
    job('县第二中学', ['副校长'], ['教师', '高级教师']),
    job('{t}中心小学', ['校长', '副校长'], ['教师'], 'rural'),
    job('县新华书店', ['经理', '副经理'], ['编辑']),
    job('县教育局教研室', ['主任'], ['教研员']),
  ],
  农工党: [
    job('县人民医院', ['科主任'], ['主任医师', '副主任医师', '主治医师']),
    job('县中医院', ['科主任'], ['主任中医师', '副主任医师']),
    job('县妇幼保健院', ['副院长'], ['主治医师']),
    job('{t}卫生院', ['院长', '副院长'], ['主治医师'], 'rural'),
    job('县疾病预防控制中心', ['副主任'], ['主管医师']),
  ],
  致公党: [
    job('{t}{brand}服饰进出口有限公司', ['总经理'], ['副总经理']),
    job('县归国华侨联合会', ['副主席'], ['干事']),
    job('{school}', [], ['英语教师']),
    job('县{brand}旅行社', ['总经理'], ['导游']),
  ],
  九三学社: [
    job('县农业科学研究所', ['副所长'], ['研究员', '高级农艺师', '农艺师']),
    job('县气象局', ['副局长'], ['工程师', '高级工程师']),
    job('县林业技术推广中心', ['副主任'], ['高级工程师']),
    job('县水利工程管理站', ['站长'], ['高级工程师', '工程师']),
    job('{school}', [], ['物理教师', '化学教师']),
  ],
  无党派人士: [
    job('{school}', [], ['高级教师']),
    job('县{brand}会计师事务所', ['所长'], ['注册会计师']),
    job('{t}{brand}{industry}有限公司', ['总经理'], ['副总经理']),
    job('县职业教育中心', [], ['教师']),
    job('县人民医院', ['副院长'], ['主任医师']),
    job('县博物馆', ['副馆长'], ['馆员']),
  ],
  共青团: [
    job('共青团{T}委员会', ['团委书记'], ['团委委员']),
    job('共青团县委', ['副书记'], ['干事']),
    job('{t}青年创业协会', ['会长', '秘书长'], ['副会长']),
    job('{t}{brand}电子商务有限公司', ['总经理'], ['运营主管']),
    job('{v}村委会', [], ['村委会委员'], 'rural'),
    job('{v}居委会', [], ['社区工作者'], 'urban'),
  ],
  总工会: [
    job('县总工会', ['副主席'], ['干事']),
    job('{T}总工会', ['工会主席'], ['工会委员']),
    job('{t}{brand}{industry}有限公司', ['工会主席'], ['车间主任', '一线职工']),
    job('县供电公司', [], ['班组长', '技术员']),
    job('县自来水公司', [], ['技术员', '班组长']),
  ],
  妇联: [
    job('县妇女联合会', ['副主席'], ['干事']),
    job('{T}妇联', ['妇联主席'], ['妇联执委']),
    job('{v}村委会', ['村妇联主席'], ['村委会委员'], 'rural'),
    job('{t}巾帼家政服务中心', ['负责人'], ['培训师']),
    job('{t}{brand}手工编织专业合作社', ['理事长'], ['社员']),
  ],
  工商联: [
    job('县工商业联合会', [], ['副主席', '执委']),
    job('{t}商会', ['会长', '秘书长'], ['副会长']),
    job('{t}{brand}{industry}有限公司', ['董事长', '总经理'], ['副总经理']),
    job('县{brand}商贸有限公司', ['董事长', '总经理'], ['副总经理']),
  ],
  科协: [
    job('县科学技术协会', ['副主席'], ['干事']),
    job('{T}农业综合服务站', ['站长'], ['农艺师']),
    job('县科技馆', ['馆长'], ['工程师']),
    job('{t}{crop}产业技术协会', ['会长'], ['技术员']),
  ],
  经济界: [
    job('{t}{brand}{industry}有限公司', ['董事长', '总经理', '财务总监'], ['副总经理']),
    job('县农村商业银行{t}支行', ['行长'], ['客户经理']),
    job('县城市建设投资有限公司', ['副总经理'], ['部门经理']),
    job('{T}供销合作社', ['主任'], ['副主任']),
    job('{t}{brand}物流有限公司', ['总经理'], ['副总经理']),
  ],
  农业界: [
    job('{t}{crop}种植专业合作社', ['理事长'], ['技术员']),
    job('{t}{livestock}养殖专业合作社', ['理事长'], ['技术员']),
    job('{v}{brand}家庭农场', ['场主'], [], 'rural'),
    job('{T}农业综合服务站', ['站长'], ['农技员']),
    job('{v}村委会', ['村委会主任'], ['村委会委员'], 'rural'),
    job('县农业技术推广中心', [], ['高级农艺师', '农艺师']),
  ],
  教育界: [
    job('{t}中心小学', ['校长', '副校长', '教导主任'], ['教师'], 'rural'),
    job('{t}初级中学', ['校长', '副校长'], ['教师'], 'rural'),
    job('{t}中心幼儿园', ['园长'], ['教师']),
    job('{t}小学', ['校长', '副校长'], ['教师'], 'urban'),
    job('{school}', ['副校长', '年级主任'], ['高级教师']),
    job('县实验小学', ['副校长'], ['教师']),
    job('县职业教育中心', ['专业部主任'], ['教师']),
  ],
  医药卫生界: [
    job('{t}卫生院', ['院长', '副院长', '护士长'], ['主治医师'], 'rural'),
    job('{T}社区卫生服务中心', ['主任'], ['全科医师'], 'urban'),
    job('县人民医院', ['护士长', '科主任'], ['主任医师', '副主任医师']),
    job('县中医院', ['科主任'], ['主任中医师', '副主任医师']),
    job('县妇幼保健院', ['副院长'], ['主治医师']),
    job('{v}卫生室', [], ['乡村医生'], 'rural'),
    job('{t}{brand}大药房', ['负责人'], ['执业药师']),
  ],
  文化艺术界: [
    job('{T}综合文化站', ['站长'], ['文化专干']),
    job('县文化馆', ['副馆长'], ['馆员']),
    job('县黄梅戏剧团', ['团长'], ['国家二级演员', '演员']),
    job('县书法家协会', ['副主席'], ['理事']),
    job('县融媒体中心', ['副主任'], ['记者', '编辑']),
    job('{t}非遗传承工作室', [], ['非遗传承人']),
  ],
  科技界: [
    job('{t}{brand}电子科技有限公司', ['技术总监'], ['工程师']),
    job('县农业科学研究所', ['所长'], ['研究员', '农艺师']),
    job('县气象局', [], ['高级工程师']),
    job('县林业技术推广中心', [], ['高级工程师']),
    job('县数据资源管理局', ['副局长'], ['工程师']),
  ],
  社会福利和社会保障界: [
    job('{T}敬老院', ['院长'], ['护理员'], 'rural'),
    job('{T}便民服务中心', ['主任'], ['工作人员']),
    job('县社会福利中心', ['副主任'], ['社会工作师']),
    job('县残疾人联合会', ['理事长', '副理事长'], ['干事']),
    job('{t}社会工作服务站', ['站长'], ['社会工作师']),
    job('县红十字会', ['副会长'], ['干事']),
    job('{t}{brand}养老服务中心', ['负责人'], ['护理员']),
  ],
  少数民族界: [
    job('县民族宗教事务局', ['副局长'], ['科员']),
    job('{t}{brand}清真食品有限公司', ['总经理'], ['副总经理']),
    job('{v}村委会', ['村委会主任'], ['村委会委员'], 'rural'),
    job('{school}', [], ['教师']),
    job('县人民医院', [], ['主治医师']),
  ],
  宗教界: [
    job('县佛教协会', ['会长', '秘书长'], ['副会长']),
    job('{t}{temple}', ['住持', '监院'], []),
    job('县基督教三自爱国运动委员会', ['主席'], ['副主席']),
    job('县伊斯兰教协会', ['会长'], ['副会长']),
    job('县道教协会', ['会长'], ['副会长']),
  ],
  特邀人士: [
    job('县教育局', [], ['退休干部']),
    job('{T}党委', [], ['退休干部']),
    job('{t}乡贤理事会', ['会长'], ['副会长']),
    job('{T}人民调解委员会', [], ['调解员']),
    job('{t}老年人协会', ['会长'], ['副会长']),
    job('县关心下一代工作委员会', ['副主任'], ['委员']),
  ],
};

const VILLAGE_LIAISON_JOBS: readonly JobTemplate[] = [
  job('{v}村委会', ['村党支部书记', '村委会主任', '村务监督委员会主任'], ['村民组长', '村文书']),
];

interface JobContext {
  readonly township: DemoTownship;
  readonly stem: string;
}

function townshipStem(name: string): string {
  return name.replace(/(街道|镇|乡)$/, '');
}

function fill(rng: Random, template: string, ctx: JobContext, village: string): string {
  return template.replace(/\{(\w+)\}/g, (_all, key: string) => {
    switch (key) {
      case 'T':
        return ctx.township.name;
      case 't':
        return ctx.stem;
      case 'v':
        return village;
      case 'gov':
        return ctx.township.kind === TownshipKind.SUBDISTRICT ? '办事处' : '人民政府';
      case 'deputy':
        return ctx.township.kind === TownshipKind.TOWN
          ? '副镇长'
          : ctx.township.kind === TownshipKind.XIANG
            ? '副乡长'
            : '办事处副主任';
      case 'brand':
        return rng.pick(BRANDS);
      case 'industry':
        return rng.pick(INDUSTRIES);
      case 'crop':
        return rng.pick(CROPS);
      case 'livestock':
        return rng.pick(LIVESTOCK);
      case 'temple':
        return rng.pick(TEMPLES);
      case 'school':
        return rng.pick(SECONDARY_SCHOOLS);
      default:
        throw new Error(`unknown placeholder {${key}} in ${template}`);
    }
  });
}

/** Titles already given: head titles once per unit, staff titles at most STAFF_PER_UNIT times. */
interface JobRegistry {
  readonly heads: Set<string>;
  readonly staff: Map<string, number>;
}

const STAFF_PER_UNIT = 4;
const JOB_ATTEMPTS = 12;

/**
 * A work unit and title. Tries a few random workplaces until one has a free head title or room
 * for one more staff member; after that, accepts a staff title anyway (never fails).
 */
function pickJob(
  rng: Random,
  templates: readonly JobTemplate[],
  ctx: JobContext,
  registry: JobRegistry,
): { workUnit: string; title: string } {
  const urban = ctx.township.kind === TownshipKind.SUBDISTRICT;
  const fitting = templates.filter((t) => t.where === undefined || (t.where === 'urban') === urban);
  const candidates = fitting.length > 0 ? fitting : templates;
  let fallback: { workUnit: string; title: string } | null = null;
  for (let attempt = 0; attempt < JOB_ATTEMPTS; attempt++) {
    const template = rng.pick(candidates);
    const village = rng.pick(ctx.township.villages);
    const workUnit = fill(rng, template.unit, ctx, village);
    const freeHeads = template.heads
      .map((h) => fill(rng, h, ctx, village))
      .filter((h) => !registry.heads.has(`${workUnit}|${h}`));
    if (freeHeads.length > 0 && (template.staff.length === 0 || rng.chance(0.5))) {
      const title = rng.pick(freeHeads);
      registry.heads.add(`${workUnit}|${title}`);
      return { workUnit, title };
    }
    if (template.staff.length > 0) {
      const title = fill(rng, rng.pick(template.staff), ctx, village);
      const key = `${workUnit}|${title}`;
      const n = registry.staff.get(key) ?? 0;
      if (n < STAFF_PER_UNIT) {
        registry.staff.set(key, n + 1);
        return { workUnit, title };
      }
      fallback ??= { workUnit, title };
    }
  }
  const chosen = fallback ?? {
    workUnit: fill(rng, (candidates[0] as JobTemplate).unit, ctx, rng.pick(ctx.township.villages)),
    title: '工作人员',
  };
  const key = `${chosen.workUnit}|${chosen.title}`;
  registry.staff.set(key, (registry.staff.get(key) ?? 0) + 1);
  return chosen;
}

// ---------------------------------------------------------------------------------------------
// Member attributes
// ---------------------------------------------------------------------------------------------

const MINORITY_ETHNICITIES: readonly (readonly [string, number])[] = [
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

const LEAVE_REASONS: Readonly<Record<Exclude<MemberStatus, MemberStatus.ACTIVE>, readonly string[]>> = {
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

function affiliationFor(rng: Random, sectorName: string, title: string): PoliticalAffiliation {
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

function birthYearFor(rng: Random, sectorName: string, kind: MemberKind, status: MemberStatus): number {
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

// ---------------------------------------------------------------------------------------------
// Builders
// ---------------------------------------------------------------------------------------------

function buildTownships(rng: Random, usedNames: Set<string>): DemoTownship[] {
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

function buildSectors(): DemoSector[] {
  return SECTOR_SPECS.map((s, i) => ({ name: s.name, category: s.category, sortOrder: i + 1 }));
}

interface MemberSlot {
  townshipIndex: number;
  sectorIndex: number;
  status: MemberStatus;
}

/** Who is where, in which sector and with which status — before any personal attribute. */
function planMemberSlots(rng: Random, townships: readonly DemoTownship[]): MemberSlot[] {
  const slots: MemberSlot[] = [];
  const inactiveSlots: MemberSlot[] = [];
  townships.forEach((township, townshipIndex) => {
    const spec = TOWNSHIP_SPECS[townshipIndex] as TownshipSpec;
    const size = Math.min(MAX_TOWNSHIP_MEMBERS, Math.max(MIN_TOWNSHIP_MEMBERS, spec.size + rng.int(-2, 2)));
    const inactive = Math.max(0, Math.min(size - MIN_ACTIVE_TOWNSHIP_MEMBERS, Math.round(size * 0.1) + rng.int(-1, 1)));
    const weights = SECTOR_SPECS.map((s, i): [number, number] => [
      i,
      s.weight *
        (township.kind === TownshipKind.SUBDISTRICT ? s.urban : township.kind === TownshipKind.XIANG ? s.rural : 1),
    ]);
    for (let k = 0; k < size; k++) {
      const slot: MemberSlot = { townshipIndex, sectorIndex: rng.pickWeighted(weights), status: MemberStatus.ACTIVE };
      slots.push(slot);
      if (k < inactive) inactiveSlots.push(slot);
    }
  });

  // Statuses of the inactive slots by quota, so that every status occurs whatever the seed.
  const n = inactiveSlots.length;
  const revoked = Math.max(2, Math.round(n * 0.12));
  const withdrawn = Math.max(2, Math.round(n * 0.33));
  rng.shuffle(inactiveSlots).forEach((slot, i) => {
    slot.status =
      i < revoked ? MemberStatus.REVOKED : i < revoked + withdrawn ? MemberStatus.WITHDRAWN : MemberStatus.TERM_ENDED;
  });

  // Every sector gets a few active members: take them from the currently largest sector.
  const activeCount = SECTOR_SPECS.map(() => 0);
  for (const s of slots)
    if (s.status === MemberStatus.ACTIVE) activeCount[s.sectorIndex] = (activeCount[s.sectorIndex] ?? 0) + 1;
  const order = rng.shuffle(slots.filter((s) => s.status === MemberStatus.ACTIVE));
  SECTOR_SPECS.forEach((_spec, sectorIndex) => {
    while ((activeCount[sectorIndex] ?? 0) < MIN_ACTIVE_PER_SECTOR) {
      const largest = activeCount.indexOf(Math.max(...activeCount));
      const donor = order.find((s) => s.sectorIndex === largest);
      if (!donor) throw new Error('planMemberSlots: no donor slot');
      donor.sectorIndex = sectorIndex;
      activeCount[largest] = (activeCount[largest] ?? 0) - 1;
      activeCount[sectorIndex] = (activeCount[sectorIndex] ?? 0) + 1;
    }
  });
  return slots;
}

function memberKindFor(rng: Random, slot: MemberSlot, sectorName: string, township: DemoTownship): MemberKind {
  if (slot.status === MemberStatus.TERM_ENDED)
    return rng.chance(0.12) ? MemberKind.STANDING_MEMBER : MemberKind.COUNTY_MEMBER;
  if (sectorName === '特邀人士') return rng.chance(0.7) ? MemberKind.SPECIAL_INVITEE : MemberKind.COUNTY_MEMBER;
  if (
    township.kind !== TownshipKind.SUBDISTRICT &&
    (sectorName === '农业界' || sectorName === '中共') &&
    rng.chance(0.3)
  ) {
    return MemberKind.VILLAGE_LIAISON;
  }
  if (rng.chance(0.03)) return MemberKind.SPECIAL_INVITEE;
  return rng.chance(0.11) ? MemberKind.STANDING_MEMBER : MemberKind.COUNTY_MEMBER;
}

function buildMembers(
  rng: Random,
  townships: readonly DemoTownship[],
  sectors: readonly DemoSector[],
  usedNames: Set<string>,
  usedPhones: Set<string>,
): DemoMember[] {
  const slots = planMemberSlots(rng, townships);
  const jobs: JobRegistry = { heads: new Set<string>(), staff: new Map<string, number>() };
  return slots.map((slot): DemoMember => {
    const township = townships[slot.townshipIndex] as DemoTownship;
    const sectorName = (sectors[slot.sectorIndex] as DemoSector).name;
    const ctx: JobContext = { township, stem: townshipStem(township.name) };
    const kind = memberKindFor(rng, slot, sectorName, township);

    const femaleShare = sectorName === '妇联' ? 0.9 : sectorName === '宗教界' ? 0.1 : 0.3;
    const gender = rng.chance(femaleShare) ? Gender.FEMALE : Gender.MALE;
    const birthYear = birthYearFor(rng, sectorName, kind, slot.status);
    const birthDate = rng.date(`${birthYear}-01-01`, `${birthYear}-12-31`);
    const name = personName(rng, usedNames, gender, birthYear);
    const ethnicity =
      sectorName === '少数民族界'
        ? rng.pickWeighted(MINORITY_ETHNICITIES)
        : sectorName === '宗教界' && rng.chance(0.3)
          ? '回族'
          : rng.chance(0.02)
            ? rng.pickWeighted(MINORITY_ETHNICITIES)
            : '汉族';

    const templates = kind === MemberKind.VILLAGE_LIAISON ? VILLAGE_LIAISON_JOBS : JOBS_BY_SECTOR[sectorName];
    if (!templates) throw new Error(`no work units for sector ${sectorName}`);
    const { workUnit, title } = pickJob(rng, templates, ctx, jobs);
    const affiliation = affiliationFor(rng, sectorName, title);
    const phone = mobilePhone(rng, usedPhones);

    let term = CURRENT_TERM;
    let joinedOn: string;
    let leftOn: string | null = null;
    let leaveReason: string | null = null;
    switch (slot.status) {
      case MemberStatus.ACTIVE:
        joinedOn = rng.date('2021-12-20', '2022-01-15');
        break;
      case MemberStatus.TERM_ENDED:
        term = PREVIOUS_TERM;
        joinedOn = rng.date('2016-12-01', '2016-12-31');
        leftOn = rng.date('2021-12-20', '2021-12-31');
        leaveReason = rng.pick(LEAVE_REASONS[MemberStatus.TERM_ENDED]);
        break;
      case MemberStatus.WITHDRAWN:
        joinedOn = rng.date('2021-12-20', '2022-01-15');
        leftOn = rng.date(addDays(joinedOn, 180), '2025-06-30');
        leaveReason = rng.pick(LEAVE_REASONS[MemberStatus.WITHDRAWN]);
        break;
      case MemberStatus.REVOKED:
        joinedOn = rng.date('2021-12-20', '2022-01-15');
        // After an annual review (年度考评) in the first quarter.
        leftOn = rng.date('2023-03-01', '2025-06-30');
        leaveReason = rng.pick(LEAVE_REASONS[MemberStatus.REVOKED]);
        break;
    }

    return {
      name,
      gender,
      ethnicity,
      birthDate,
      affiliation,
      sectorIndex: slot.sectorIndex,
      townshipIndex: slot.townshipIndex,
      kind,
      term,
      status: slot.status,
      workUnit,
      title,
      phone,
      joinedOn,
      leftOn,
      leaveReason,
    };
  });
}

function buildCommittees(rng: Random, members: readonly DemoMember[], sectors: readonly DemoSector[]): DemoCommittee[] {
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

function buildHandlingUnits(rng: Random, usedNames: Set<string>, usedPhones: Set<string>): DemoHandlingUnit[] {
  return HANDLING_UNIT_SPECS.map((spec) => {
    const gender = rng.chance(0.4) ? Gender.FEMALE : Gender.MALE;
    return {
      name: spec.name,
      shortName: spec.shortName,
      kind: spec.kind,
      contactPerson: personName(rng, usedNames, gender, DEMO_REFERENCE_YEAR - rng.int(26, 55)),
      contactPhone: rng.chance(0.75) ? landlinePhone(rng, usedPhones) : mobilePhone(rng, usedPhones),
    };
  });
}

/** The whole demo county for a seed (default 2025). Pure: no database, clock or global state. */
export function buildDemoCounty(seed = 2025): DemoCounty {
  const usedNames = new Set<string>();
  const usedPhones = new Set<string>();
  const townships = buildTownships(createRandom(deriveSeed(seed, 'townships')), usedNames);
  const sectors = buildSectors();
  const members = buildMembers(createRandom(deriveSeed(seed, 'members')), townships, sectors, usedNames, usedPhones);
  const committees = buildCommittees(createRandom(deriveSeed(seed, 'committees')), members, sectors);
  const handlingUnits = buildHandlingUnits(createRandom(deriveSeed(seed, 'handling-units')), usedNames, usedPhones);
  return {
    seed,
    countyName: DEMO_COUNTY_NAME,
    countyCode: DEMO_COUNTY_CODE,
    townships,
    sectors,
    committees,
    members,
    handlingUnits,
  };
}
