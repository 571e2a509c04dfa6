/** Which handling units suit a proposal, by title keyword and by category. */
import { ProposalCategory } from '@cppcc/domain';
import type { DemoCounty } from '../county/model';

/** Units by title keyword (short names), tried in order; the first match leads. */
const UNIT_KEYWORDS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/医疗保险|医保/, ['医保局', '卫健委']],
  [/养老保险|返乡创业|用工|高素质农民/, ['人社局', '农业农村局']],
  [/公路|公交|高俞路|超限|道路/, ['交通运输局', '公安局']],
  [/停车|背街小巷|绿化|智慧城市|街道交通秩序/, ['城管局', '住建局', '公安局']],
  [/电网|用电/, ['供电公司', '发改委']],
  [/饮水/, ['水利局', '自来水公司', '卫健委']],
  [/老旧小区|集镇|下水管网|燃气|污水/, ['住建局', '生态环境分局', '财政局']],
  [/农田水利|拦水堰|高标准农田/, ['水利局', '农业农村局', '财政局']],
  [/耕地|闲置厂房|低效用地|土地流转/, ['自然资源规划局', '农业农村局']],
  [/学校|教师|高中|教育|学生/, ['教育局', '财政局', '人社局']],
  [/卫生院|卫生室|医共体|疾控|就医/, ['卫健委', '医保局', '人民医院']],
  [/文物|非物质|农家书屋|文化站|送戏|健身|旅游/, ['文旅体局', '财政局']],
  [/科技/, ['科技局', '农业农村局']],
  [/养老服务|留守|低保|残疾/, ['民政局', '财政局']],
  [/纠纷|调解|法治/, ['司法局', '公安局']],
  [/治安|诈骗|违法犯罪/, ['公安局', '司法局']],
  [/安全生产|消防/, ['应急管理局', '消防救援大队']],
  [/食品安全|农资/, ['市场监管局', '农业农村局']],
  [/融资|减税降费/, ['财政局', '发改委']],
  [/一网通办|数字政府|政务服务/, ['数据资源局', '发改委']],
  [/电子商务|个体工商户|物流/, ['商务局', '市场监管局', '邮政分公司']],
  [/招商|项目|开发区|产业集群|制造业|营商环境/, ['发改委', '商务局', '财政局']],
  [/乡村振兴|脱贫|返贫|集体经济|和美乡村|人居环境/, ['乡村振兴局', '农业农村局', '财政局']],
  [/花椒|合作社|粮食|稻虾|一村一品/, ['农业农村局', '乡村振兴局']],
  [/生态环境|污染|秸秆/, ['生态环境分局', '农业农村局']],
  [/森林防火/, ['林业局', '应急管理局']],
];

const CATEGORY_UNITS: Readonly<Record<ProposalCategory, readonly string[]>> = {
  [ProposalCategory.ECONOMY]: ['发改委', '商务局', '财政局'],
  [ProposalCategory.URBAN_RURAL]: ['住建局', '交通运输局', '城管局'],
  [ProposalCategory.AGRICULTURE]: ['农业农村局', '乡村振兴局', '水利局'],
  [ProposalCategory.EDUCATION_SCIENCE_CULTURE_HEALTH]: ['教育局', '卫健委', '文旅体局'],
  [ProposalCategory.SOCIETY_LAW]: ['民政局', '司法局', '人社局'],
  [ProposalCategory.OTHER]: ['发改委', '数据资源局', '财政局'],
};

/** Unit indexes suited to a proposal, the lead first. */
export function unitsFor(county: DemoCounty, title: string, category: ProposalCategory): number[] {
  const names: string[] = [];
  for (const [re, units] of UNIT_KEYWORDS) if (re.test(title)) names.push(...units);
  names.push(...CATEGORY_UNITS[category]);
  const out: number[] = [];
  for (const name of names) {
    const i = county.handlingUnits.findIndex((u) => u.shortName === name);
    if (i >= 0 && !out.includes(i)) out.push(i);
  }
  if (out.length === 0) out.push(0);
  return out;
}
