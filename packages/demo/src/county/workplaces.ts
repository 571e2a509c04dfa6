/** Kinds of workplace per sector, and how their placeholders are filled for a township. */
import { TownshipKind } from '@cppcc/domain';
import type { Random } from '../random';
import type { DemoTownship } from './model';

/**
 * A kind of workplace. `unit` and titles may hold placeholders:
 * {T} township name (高塘镇), {t} its stem (高塘), {v} a village/community of it,
 * {gov} 人民政府 / 办事处, {deputy} 副镇长 / 副乡长 / 副主任, {brand}, {industry}, {crop},
 * {livestock}, {temple}, {school} (a county secondary school).
 * `heads` are titles held by one person per unit (校长, 院长…); `staff` by any number.
 */
export interface JobTemplate {
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

export const JOBS_BY_SECTOR: Readonly<Record<string, readonly JobTemplate[]>> = {
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

export const VILLAGE_LIAISON_JOBS: readonly JobTemplate[] = [
  job('{v}村委会', ['村党支部书记', '村委会主任', '村务监督委员会主任'], ['村民组长', '村文书']),
];

export interface JobContext {
  readonly township: DemoTownship;
  readonly stem: string;
}

export function townshipStem(name: string): string {
  return name.replace(/(街道|镇|乡)$/, '');
}

export function fill(rng: Random, template: string, ctx: JobContext, village: string): string {
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
