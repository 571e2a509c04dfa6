/** The units that handle proposals (承办单位) and their contacts. */
import { Gender, HandlingUnitKind } from '@cppcc/domain';
import type { Random } from '../random';
import { DEMO_REFERENCE_YEAR, type DemoHandlingUnit } from './model';
import { personName } from './names';
import { landlinePhone, mobilePhone } from './phones';

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

export function buildHandlingUnits(rng: Random, usedNames: Set<string>, usedPhones: Set<string>): DemoHandlingUnit[] {
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
