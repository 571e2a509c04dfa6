/**
 * Chinese vocabulary for generating 2021–2025 demo records (proposals, activities, opinion
 * reports, supervision, replies). Topics are taken from the source documents in
 * /work/shared/seeds (township and county CPPCC summaries and plans): 人居环境整治, 乡村振兴,
 * 集镇建设, 高俞路建设协商, 村头/田埂/板凳协商, 进村入组听取社情民意, 委员走访月, 结对帮扶,
 * 农资市场视察, 民主评议 (早期检查/中期督促/后期评议), 书香政协, 文史资料 …
 *
 * Templates may contain placeholders, filled with fillTemplate():
 *   {township} 乡镇/街道名称  {village} 村/社区名称  {unit} 承办单位名称  {year} 年份
 *   {title} 提案标题  {count} 数量  {session} 会议届次
 */
import {
  ActivityKind,
  ConsultationScale,
  GovernmentLevel,
  MeetingKind,
  ProposalCategory,
  ReplyClass,
} from '@cppcc/domain';

export const TEMPLATE_PLACEHOLDERS = ['township', 'village', 'unit', 'year', 'title', 'count', 'session'] as const;
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];

/** Replaces {placeholder}s; throws when a placeholder in the template has no value. */
export function fillTemplate(template: string, values: Partial<Record<TemplatePlaceholder, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_all, key: string) => {
    const value = (values as Record<string, string | number | undefined>)[key];
    if (value === undefined) throw new Error(`fillTemplate: no value for {${key}} in "${template}"`);
    return String(value);
  });
}

// ---------------------------------------------------------------------------------------------
// Sessions
// ---------------------------------------------------------------------------------------------

/** The annual plenary session (全体会议) of each year; 十一届 began at the turn of 2021/2022. */
export const PLENARY_SESSIONS: readonly {
  readonly year: number;
  readonly term: string;
  readonly name: string;
  readonly opensOn: string;
}[] = [
  { year: 2021, term: '第十届', name: '十届五次会议', opensOn: '2021-01-18' },
  { year: 2022, term: '第十一届', name: '十一届一次会议', opensOn: '2022-01-10' },
  { year: 2023, term: '第十一届', name: '十一届二次会议', opensOn: '2023-01-09' },
  { year: 2024, term: '第十一届', name: '十一届三次会议', opensOn: '2024-01-15' },
  { year: 2025, term: '第十一届', name: '十一届四次会议', opensOn: '2025-01-13' },
];

// ---------------------------------------------------------------------------------------------
// Proposals 提案
// ---------------------------------------------------------------------------------------------

export const PROPOSAL_TITLES: Readonly<Record<ProposalCategory, readonly string[]>> = {
  [ProposalCategory.ECONOMY]: [
    '关于优化营商环境助力民营经济发展的建议',
    '关于加大招商引资力度推动项目落地的建议',
    '关于破解中小微企业融资难问题的建议',
    '关于加快县经济开发区基础设施配套建设的建议',
    '关于推动传统制造业转型升级的建议',
    '关于发展县域特色产业集群的建议',
    '关于加快乡村旅游与文旅融合发展的建议',
    '关于进一步落实减税降费政策的建议',
    '关于支持返乡创业人员发展的建议',
    '关于推进电子商务进农村的建议',
    '关于加快建设物流园区降低物流成本的建议',
    '关于扶持个体工商户稳定经营的建议',
    '关于盘活闲置厂房和低效用地的建议',
    '关于加快推进重点项目建设的建议',
    '关于发挥在外乡贤作用助力招商引资的建议',
  ],
  [ProposalCategory.URBAN_RURAL]: [
    '关于加快推进高俞路建设的建议',
    '关于推进集镇建设提质扩容的建议',
    '关于加快老旧小区改造的建议',
    '关于改造集镇区下水管网的建议',
    '关于整改集镇区农村电网降低用电成本的建议',
    '关于加强县城停车设施建设的建议',
    '关于加快城乡公交一体化的建议',
    '关于加强农村公路养护管理的建议',
    '关于治理重载车辆超限超载损毁公路的建议',
    '关于整治集镇街道交通秩序和脏乱差现象的建议',
    '关于推进农村生活污水治理的建议',
    '关于加快城区背街小巷改造的建议',
    '关于加强城区绿化带管理的建议',
    '关于保障农村饮水安全的建议',
    '关于推进燃气管网向集镇延伸的建议',
    '关于推进智慧城市建设的建议',
  ],
  [ProposalCategory.AGRICULTURE]: [
    '关于加强农村人居环境整治的建议',
    '关于以人居环境整治提升推动乡村振兴的建议',
    '关于壮大村级集体经济的建议',
    '关于做大做强花椒特色种植产业的建议',
    '关于加快和美乡村建设的建议',
    '关于加强小型农田水利设施建设的建议',
    '关于扶持农民专业合作社规范发展的建议',
    '关于落实粮食生产补贴政策的建议',
    '关于加强农资市场监管的建议',
    '关于推进高标准农田建设的建议',
    '关于发展稻虾综合种养的建议',
    '关于规范农村土地流转管理的建议',
    '关于培育高素质农民的建议',
    '关于巩固拓展脱贫攻坚成果防止规模性返贫的建议',
    '关于推进一村一品特色产业发展的建议',
    '关于加强耕地保护遏制耕地非农化的建议',
  ],
  [ProposalCategory.EDUCATION_SCIENCE_CULTURE_HEALTH]: [
    '关于促进义务教育优质均衡发展的建议',
    '关于加强农村学校教师队伍建设的建议',
    '关于改善乡村学校寄宿条件的建议',
    '关于加快普通高中教育发展的建议',
    '关于加强乡镇卫生院服务能力建设的建议',
    '关于提升村卫生室医疗服务水平的建议',
    '关于加快县域医共体建设的建议',
    '关于加强文物古迹保护的建议',
    '关于推进农家书屋提质增效的建议',
    '关于加强乡镇综合文化站建设的建议',
    '关于推进全民健身设施进村入社区的建议',
    '关于加强中小学生心理健康教育的建议',
    '关于加强县级疾控体系建设的建议',
    '关于推动农业科技成果转化应用的建议',
    '关于加强非物质文化遗产保护传承的建议',
    '关于常态化开展送戏下乡的建议',
  ],
  [ProposalCategory.SOCIETY_LAW]: [
    '关于加强农村养老服务体系建设的建议',
    '关于完善农村留守儿童关爱服务的建议',
    '关于加强矛盾纠纷多元化解的建议',
    '关于发挥乡贤作用参与诉前调解的建议',
    '关于加强社会治安综合治理的建议',
    '关于加强安全生产监管的建议',
    '关于完善城乡居民医疗保险政策的建议',
    '关于加强食品安全监管的建议',
    '关于加强防范电信网络诈骗宣传的建议',
    '关于落实机关事业单位养老保险并轨政策的建议',
    '关于加强农村低保动态管理的建议',
    '关于提升残疾人帮扶水平的建议',
    '关于加强青少年违法犯罪预防的建议',
    '关于推进法治乡村建设的建议',
    '关于加强农村消防安全的建议',
  ],
  [ProposalCategory.OTHER]: [
    '关于加强政协委员履职能力建设的建议',
    '关于完善委员履职考评和退出机制的建议',
    '关于建设乡镇政协委员活动室的建议',
    '关于推进“书香政协”建设的建议',
    '关于加强基层协商议事平台建设的建议',
    '关于落实民主党派、工商联办公场地的建议',
    '关于编纂县政协志的建议',
    '关于加强机关干部作风建设的建议',
    '关于提升政务服务“一网通办”水平的建议',
    '关于加强生态环境保护和污染防治的建议',
    '关于推进秸秆综合利用和禁烧的建议',
    '关于加强森林防火工作的建议',
    '关于加强港澳台侨联谊工作的建议',
    '关于深化民族团结进步创建的建议',
    '关于推进数字政府建设的建议',
  ],
};

/** Reasons for 不立案. */
export const PROPOSAL_REJECTION_REASONS: readonly string[] = [
  '所提问题属个人诉求，不符合提案立案标准，建议通过信访渠道反映',
  '内容涉及诉讼案件，不属于提案受理范围',
  '所提问题已在本次会议其他提案中提出，且建议内容基本相同',
  '建议内容过于笼统，缺乏具体可行的措施',
  '所提问题已经解决，不再立案',
  '一事多议，不符合“一事一案”要求',
];

/** Notes when a proposal is turned into an opinion report or a suggestion (转为意见建议/社情民意). */
export const PROPOSAL_CONVERSION_NOTES: readonly string[] = [
  '所提问题具体单一，转为社情民意信息报送',
  '时效性较强，转为意见建议交有关部门参考',
  '涉及面较窄，转为委员来信由相关单位研究办理',
];

/** Reply texts by class: A 已解决或基本解决, B 正在解决或列入计划, C 留作参考. Placeholders {unit}, {title}, {year}. */
export const REPLY_TEMPLATES: Readonly<Record<ReplyClass, readonly string[]>> = {
  [ReplyClass.A]: [
    '{unit}收到《{title}》后高度重视，主要负责同志专题研究，成立办理专班。所提问题已经解决，相关措施已全部落实到位，下一步将建立长效机制巩固成效。',
    '感谢委员对我县工作的关心和支持。经{unit}与相关乡镇共同推进，提案所提事项已于{year}年内办理完毕，群众反映良好。',
    '{unit}将该提案列为年度重点办理事项，会同有关部门实地调研、逐项落实，所提问题已基本解决，并在办理过程中多次与提案人沟通，听取意见。',
    '根据提案建议，{unit}已出台具体实施方案并安排专项资金，所提问题得到解决，办理结果已书面反馈提案人。',
  ],
  [ReplyClass.B]: [
    '{unit}认真研究了《{title}》，认为建议具有较强的针对性。目前相关工作正在推进中，已列入{year}年度工作计划，将分步骤逐步解决。',
    '提案所提问题涉及资金和规划调整，{unit}已启动前期工作，正积极争取上级项目资金支持，计划在下一年度内完成。',
    '{unit}已将提案建议纳入“十四五”相关专项规划，部分内容已先行实施，其余事项将根据财力状况逐年推进。',
    '经{unit}会同相关单位协商，已制定整改方案，目前正在组织实施，办理进展将及时向提案人通报。',
  ],
  [ReplyClass.C]: [
    '{unit}对提案进行了认真研究。受现行政策和财力条件限制，所提事项暂时难以实施，将留作今后工作参考，并加强与上级部门的沟通争取。',
    '提案所提问题涉及上级事权，{unit}已将有关情况向上级主管部门反映，目前尚不具备解决条件，留作参考。',
    '感谢提案人的意见建议。因项目用地和资金等条件所限，近期难以实施，{unit}将在编制下一阶段规划时统筹考虑。',
  ],
};

/** 签发人 of the units' reply letters (the unit's head or deputy). */
export const SIGNER_NAMES: readonly string[] = [
  '王建国',
  '李志强',
  '张卫东',
  '刘海峰',
  '陈立新',
  '杨永明',
  '黄振华',
  '周文斌',
];

/** 会办意见: what a co-unit sends the lead unit. */
export const CO_UNIT_OPINIONS: readonly string[] = [
  '{unit}同意主办单位的办理意见，涉及本单位职责的部分将积极配合落实。',
  '{unit}已对提案所提问题进行研究，建议在答复中补充本单位负责事项的推进安排，具体意见见附件。',
  '{unit}将按职责分工做好配合工作，所需资金和项目安排已纳入本单位年度计划。',
  '经研究，{unit}对提案涉及本单位的内容提出如下会办意见：加强部门协同，建立定期会商机制。',
];

/** What a proposer said when the lead unit contacted them before replying (办前面商). */
export const CONTACT_VIEWS: readonly string[] = [
  '提案人认可办理思路，希望加快推进并及时反馈进展。',
  '提案人补充了实地情况，建议优先解决群众反映最集中的问题。',
  '提案人同意分步实施的安排，希望明确时间节点。',
  '提案人对资金保障提出意见，建议争取上级项目支持。',
  '提案人希望答复中写明责任科室和联系人，便于跟踪。',
];

/** Why a unit asked the county to hand a proposal to another unit (退回) or for more time (延期). */
export const RETURN_REASONS: readonly string[] = [
  '提案所提事项不属于本单位职责范围，建议交由相关主管部门办理。',
  '该事项已划转至其他部门负责，本单位无法主办。',
];
export const EXTENSION_REASONS: readonly string[] = [
  '提案涉及项目需纳入下年度预算，需协调财政资金，申请延期答复。',
  '提案所提问题需多部门联合调研，办理期限内难以形成答复，申请延期。',
  '需等待上级政策文件出台后统一答复，申请延期。',
];

/** Comments of a proposer on the handling (办理满意度反馈). */
export const FEEDBACK_COMMENTS: readonly string[] = [
  '承办单位态度认真，沟通及时，办理结果满意',
  '办理工作扎实，问题已基本解决',
  '承办单位答复及时，但部分建议尚未落实，希望继续推进',
  '答复内容较为原则，未见具体措施，希望重新办理',
  '面商沟通充分，对办理情况表示理解',
];

// ---------------------------------------------------------------------------------------------
// Activities 履职活动
// ---------------------------------------------------------------------------------------------

export const STUDY_TOPICS: readonly string[] = [
  '党的二十大精神',
  '习近平新时代中国特色社会主义思想',
  '习近平总书记关于加强和改进人民政协工作的重要思想',
  '中共中央关于加强新时代人民政协党的建设工作的意见',
  '《中国人民政治协商会议章程》',
  '全国两会精神',
  '县政协全会精神',
  '惠农政策和涉农法律法规',
  '党的二十届三中全会精神',
  '政协委员履职基本知识',
];

/** Meeting titles by meeting kind; a township holds mostly REGULAR and FORUM meetings. */
export const MEETING_TITLES: Readonly<Record<MeetingKind, readonly string[]>> = {
  [MeetingKind.PLENARY]: ['政协委员全体会议', '年度政协工作总结会', '政协委员年度述职会议', '迎接县政协全会委员动员会'],
  [MeetingKind.STANDING_COMMITTEE]: [
    '县政协常委会议',
    '常委会议听取提案办理情况通报',
    '常委会议审议年度协商计划',
    '常委会议听取上半年经济运行情况通报',
  ],
  [MeetingKind.CHAIRS]: [
    '主席会议研究年度重点提案',
    '主席会议审议委员履职考评办法',
    '主席会议研究年度民主监督工作',
    '主席会议听取专委会工作汇报',
  ],
  [MeetingKind.REGULAR]: [
    '第一季度工作例会',
    '第二季度工作例会',
    '第三季度工作例会',
    '第四季度工作例会',
    '政协工作月度例会',
    '镇情通报暨工作例会',
  ],
  [MeetingKind.FORUM]: [
    '迎春茶话会',
    '各界人士迎春座谈会',
    '民营企业联谊座谈会',
    '委员履职座谈会',
    '民主党派、工商联、无党派代表人士座谈会',
    '镇属企业负责人座谈会',
  ],
};

/** Consultation titles by scale: 大协商 (专题/对口/提案办理协商) and 微协商 (村头/田埂/板凳协商, 有事好商量). */
export const CONSULTATION_TITLES: Readonly<Record<ConsultationScale, readonly string[]>> = {
  [ConsultationScale.MAJOR]: [
    '高俞路建设专题协商会',
    '集镇建设提质扩容专题协商会',
    '农村人居环境整治专题协商会',
    '村级集体经济发展对口协商会',
    '交通水利民生工程专题协商会',
    '信访矛盾化解专题协商会',
    '重点提案办理协商会',
    '优化营商环境专题协商会',
    '年度民生实事项目专题协商会',
    '乡村振兴专题协商会',
  ],
  [ConsultationScale.MICRO]: [
    '村头协商：门前三包责任落实',
    '村头协商：垃圾集中收集点选址',
    '村头协商：村级公益事业一事一议',
    '田埂协商：花椒种植基地扩建',
    '田埂协商：生态拦水堰建设',
    '田埂协商：高标准农田建设施工',
    '板凳协商：村组道路硬化',
    '板凳协商：留守老人助餐点建设',
    '板凳协商：老旧小区加装电梯',
    '有事好商量：农村饮水安全',
    '有事好商量：集镇农贸市场改造',
    '有事好商量：小区停车难',
  ],
};

/** Topics for consultations (the `topic` field), matching the titles above in spirit. */
export const CONSULTATION_TOPICS: readonly string[] = [
  '高俞路建设',
  '集镇建设提质扩容',
  '农村人居环境整治',
  '村级集体经济发展',
  '交通水利民生工程',
  '信访矛盾化解',
  '民生微实事',
  '营商环境',
  '农村饮水安全',
  '村组道路硬化',
  '农贸市场改造',
  '养老助餐',
];

/** Research report titles (调研报告). */
export const RESEARCH_REPORT_TITLES: readonly string[] = [
  '关于农村人居环境整治情况的调研报告',
  '关于村级集体经济发展的调研报告',
  '关于集镇建设提质扩容的调研报告',
  '关于重载车辆损毁农村公路情况的调研报告',
  '关于民营企业发展环境的调研报告',
  '关于特色种植产业发展的调研报告',
  '关于农村养老服务现状的调研报告',
  '关于农村留守儿童教育关爱的调研报告',
  '关于乡村旅游发展的调研报告',
  '关于农村饮水安全工程运行管理的调研报告',
  '关于农业补贴资金发放情况的调研报告',
  '关于全民创业和返乡创业的调研报告',
];

/** Titles of every activity kind. CONSULTATION and MEETING include all scales / meeting kinds. */
export const ACTIVITY_TITLES: Readonly<Record<ActivityKind, readonly string[]>> = {
  [ActivityKind.STUDY]: [
    '学习贯彻党的二十大精神专题学习会',
    '学习贯彻习近平新时代中国特色社会主义思想主题教育专题学习',
    '学习习近平总书记关于加强和改进人民政协工作的重要思想',
    '学习全国两会精神集中学习',
    '《中国人民政治协商会议章程》专题辅导',
    '学习县政协全会精神集中学习',
    '惠农政策和涉农法律法规专题学习',
    '学习党的二十届三中全会精神专题学习会',
    '“书香政协”委员读书交流会',
    '委员季度集中学习暨心得交流',
  ],
  [ActivityKind.MEETING]: Object.values(MEETING_TITLES).flat(),
  [ActivityKind.CONSULTATION]: Object.values(CONSULTATION_TITLES).flat(),
  [ActivityKind.INSPECTION]: [
    '视察农村人居环境整治工作',
    '视察和美乡村建设',
    '视察花椒种植基地建设',
    '视察生态拦水堰建设',
    '视察农资市场和粮食市场',
    '视察农业补贴资金发放情况',
    '视察集镇建设项目',
    '视察安全生产工作',
    '视察防汛抗旱和灾后重建工作',
    '视察工业集中区企业发展',
    '视察义务教育学校建设',
    '视察民生实事项目推进情况',
    '视察高俞路建设进度',
  ],
  [ActivityKind.RESEARCH]: RESEARCH_REPORT_TITLES.map((t) => t.replace(/^关于(.*)的调研报告$/, '$1专题调研')),
  [ActivityKind.VISIT]: [
    '进村入组听取社情民意',
    '“委员走访月”走访企业',
    '走访农民专业合作社',
    '委员接待日活动',
    '走访企业送政策送服务',
    '社情民意联系点接待群众',
    '线上走访联系在外乡贤',
    '走访群众听取集镇建设意见',
    '走访政协委员了解履职情况',
    '联系专业户帮扶困难户走访',
  ],
  [ActivityKind.CHARITY]: [
    '春节走访慰问困难群众',
    '结对帮扶特困大学生',
    '重阳节慰问五保老人',
    '为集体经济薄弱村民生工程捐赠',
    '灾后重建爱心捐款',
    '“六一”慰问留守儿童',
    '金秋助学活动',
    '慰问困难老党员老职工',
    '捐资支持村级道路建设',
    '结对帮扶困难户',
  ],
  [ActivityKind.PUBLICITY]: [
    '报送政协工作信息',
    '委员风采宣传报道',
    '政协知识进校园黑板报宣传',
    '县融媒体中心宣传委员先进事迹',
    '政协工作专题宣传栏',
    '微信公众号宣传政协履职动态',
    '向《江淮时报》投稿宣传基层协商',
    '基层协商民主典型案例宣传',
  ],
  [ActivityKind.CULTURAL_HISTORY]: [
    '征集本镇文史资料',
    '编写镇情发展现状资料',
    '老党员口述历史征集',
    '编纂乡镇政协工作志',
    '搜集革命遗址和红色故事',
    '整理非物质文化遗产资料',
    '挖掘地名文化和古村落历史',
    '报送文史资料至县政协文史委',
    '老照片征集活动',
    '乡贤人物事迹整理',
  ],
  [ActivityKind.TRAINING]: [
    '新任政协委员培训班',
    '政协委员履职能力提升培训',
    '提案撰写专题培训',
    '社情民意信息撰写培训',
    '参加县政协学习培训',
    '政协委员履职平台使用培训',
    '民主监督工作专题培训',
    '基层协商议事规则培训',
    '赴外地政协学习考察',
  ],
};

/** Where activities take place: at the county, in the township, in a village, outdoors. */
export const COUNTY_LOCATIONS: readonly string[] = [
  '县政协机关三楼会议室',
  '县行政中心第一会议室',
  '县政协委员之家',
  '县会议中心',
];

export const TOWNSHIP_LOCATIONS: readonly string[] = [
  '{township}政府三楼会议室',
  '{township}政协委员活动室',
  '{township}党群服务中心',
  '{township}便民服务中心会议室',
  '{township}“有事好商量”协商议事室',
  '{township}综合文化站',
];

export const VILLAGE_LOCATIONS: readonly string[] = [
  '{village}村部会议室',
  '{village}党群服务中心',
  '{village}文化广场',
  '{village}田间地头',
  '{village}村民组长家院坝',
  '{village}社情民意联系点',
];

/** Outlets for publicity (宣传报道) by level. */
export const PUBLICITY_OUTLETS: Readonly<Record<GovernmentLevel, readonly string[]>> = {
  [GovernmentLevel.COUNTY]: ['县融媒体中心', '县政协微信公众号', '《县政协》内刊'],
  [GovernmentLevel.CITY]: ['市政协门户网站', '市电视台', '《市日报》'],
  [GovernmentLevel.PROVINCE]: ['《江淮时报》', '省政协网站'],
  [GovernmentLevel.NATIONAL]: ['《人民政协报》', '学习强国平台', '人民政协网'],
};

// ---------------------------------------------------------------------------------------------
// Opinion reports 社情民意信息
// ---------------------------------------------------------------------------------------------

export const OPINION_REPORT_TITLES: readonly string[] = [
  '关于农村垃圾清运不及时的情况反映',
  '关于高俞路施工期间群众出行不便的情况反映',
  '关于农村留守老人就医难的问题及建议',
  '关于集镇农贸市场脏乱差亟待整治的建议',
  '关于花椒收购价格下跌影响农民增收的情况反映',
  '关于重载货车超限运输损毁乡村道路的情况反映',
  '我县普通高中教育资源不足问题亟待解决',
  '关于加强城区饲养家禽家畜管理的建议',
  '关于优化民营经济发展环境的几点意见',
  '关于尽快整治城区绿化带违章搭建的建议',
  '关于农村饮用水水质不稳定的情况反映',
  '关于村级公益岗位人员管理不规范的情况反映',
  '关于部分村组道路缺乏养护的情况反映',
  '关于农村电网电压不稳影响生产生活的反映',
  '关于乡村学校音体美教师紧缺的情况反映',
  '关于集镇停车难问题的建议',
  '关于农村空心房整治的建议',
  '关于防范针对老年人电信诈骗的建议',
  '关于小微企业用工难的情况反映',
  '关于农业社会化服务不足的情况反映',
  '关于农村医保缴费标准逐年提高群众负担加重的反映',
  '关于秸秆禁烧后综合利用渠道不畅的反映',
  '关于农村留守儿童课后托管的建议',
  '关于规范农村红白喜事大操大办的建议',
  '关于加快集镇下水管网改造的建议',
  '关于返乡创业人员融资难的情况反映',
  '关于老旧小区物业管理缺位的情况反映',
  '关于乡村旅游配套设施不足的建议',
];

/** Published issues of the county's 《社情信息》 are numbered per year: '{year}年第{count}期'. */
export const OPINION_ISSUE_TEMPLATE = '《社情信息》{year}年第{count}期';

// ---------------------------------------------------------------------------------------------
// Democratic supervision 民主监督
// ---------------------------------------------------------------------------------------------

export const SUPERVISION_TOPICS: readonly string[] = [
  '优化营商环境工作',
  '农村人居环境整治工作',
  '为民办实事项目建设',
  '招商引资及项目建设',
  '污染防治工作',
  '安全生产工作',
  '交通基础设施建设',
  '行风建设和服务质量',
  '提案办理工作',
  '农村饮水安全工程',
  '义务教育均衡发展',
  '医疗保障基金使用监管',
  '食品安全监管',
  '城市管理执法工作',
  '耕地保护工作',
];

export const SUPERVISION_FINDINGS: readonly string[] = [
  '政策宣传缺乏广度和深度，群众知晓率不高',
  '办事流程仍较繁琐，部分事项需群众多次往返',
  '基层站所人员力量薄弱，专业人才不足',
  '项目推进慢于序时进度，资金拨付不及时',
  '窗口服务态度有待改进，群众反映个别工作人员推诿',
  '长效管护机制不健全，建成设施维护不到位',
  '部门之间协调配合不够，存在多头管理现象',
  '信息公开不及时，群众监督渠道不畅',
];

export const SUPERVISION_RECOMMENDATIONS: readonly string[] = [
  '加大政策宣传力度，利用村村通广播、微信群等多种形式提高知晓率',
  '推行“一次办好”，精简办事环节和申报材料',
  '充实基层工作力量，加强业务培训',
  '建立项目推进台账，定期调度，按序时推进',
  '完善首问负责和限时办结制度，畅通投诉渠道',
  '建立健全长效管护机制，落实管护责任和经费',
  '加强部门协作，建立联席会议制度',
  '及时公开办事指南和办理结果，主动接受群众监督',
];

export const RECTIFICATION_ITEMS: readonly string[] = [
  '修订完善办事指南并在服务大厅公示',
  '开展窗口工作人员服务礼仪和业务培训',
  '建立重点项目周调度、月通报制度',
  '制定设施长效管护办法并落实管护经费',
  '设立意见箱和投诉电话，实行限时办结',
  '开展政策进村入户宣传活动',
  '建立与相关部门的联席会议制度',
  '清理积压事项并逐项销号',
];
