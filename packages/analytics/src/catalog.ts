/**
 * The metric catalog: every metric of docs/metrics.md, in its table order, with its stable key,
 * Chinese label, kind and group. This list is the single source of `MetricKey`.
 */

export type MetricKind = 'count' | 'amount' | 'rate';
export type MetricGroup = 'proposals' | 'activities' | 'opinions' | 'supervision' | 'duty';

export const METRIC_GROUPS: readonly MetricGroup[] = ['proposals', 'activities', 'opinions', 'supervision', 'duty'];

export const METRIC_GROUP_LABELS: Readonly<Record<MetricGroup, string>> = {
  proposals: '提案',
  activities: '履职活动',
  opinions: '社情民意',
  supervision: '民主监督',
  duty: '委员与履职',
};

export const METRIC_KIND_LABELS: Readonly<Record<MetricKind, string>> = {
  count: '数量',
  amount: '金额/数值',
  rate: '比率',
};

/**
 * Whose records a metric counts: `township` metrics have a value per township (the county's is
 * their sum); `county` metrics only for the county, because their records belong to no township.
 */
export type MetricScope = 'township' | 'county';

interface DefinitionShape {
  readonly key: string;
  readonly label: string;
  readonly kind: MetricKind;
  readonly group: MetricGroup;
  readonly description: string;
  /** `township` when omitted. */
  readonly scope?: MetricScope;
}

const DEFINITIONS = [
  // 提案
  {
    key: 'proposalsSubmitted',
    label: '提交提案',
    kind: 'count',
    group: 'proposals',
    description: '本年度提交的提案件数（大会期间提案计入该次会议所在年度，平时提案计入提交年度）。',
  },
  {
    key: 'proposalsAccepted',
    label: '立案',
    kind: 'count',
    group: 'proposals',
    description: '审查结果为立案的提案件数（不论立案后的办理状态）。',
  },
  {
    key: 'acceptanceRate',
    label: '立案率',
    kind: 'rate',
    group: 'proposals',
    description: '立案件数 ÷ 提交提案件数。',
  },
  {
    key: 'keyProposals',
    label: '重点提案',
    kind: 'count',
    group: 'proposals',
    description: '已立案且被确定为重点提案的件数。',
  },
  {
    key: 'proposalsReplied',
    label: '办复',
    kind: 'count',
    group: 'proposals',
    description: '已立案且至少办复一次的提案件数。',
  },
  { key: 'replyRate', label: '办复率', kind: 'rate', group: 'proposals', description: '办复件数 ÷ 立案件数。' },
  {
    key: 'onTimeReplyRate',
    label: '按时办复率',
    kind: 'rate',
    group: 'proposals',
    description: '首次办复日期不晚于办理期限的提案件数 ÷ 立案件数。',
  },
  {
    key: 'satisfactionRate',
    label: '满意率',
    kind: 'rate',
    group: 'proposals',
    description: '委员反馈为“满意”或“基本满意”的提案件数 ÷ 有反馈的提案件数。',
  },
  {
    key: 'fullySatisfiedRate',
    label: '完全满意率',
    kind: 'rate',
    group: 'proposals',
    description: '委员反馈为“满意”的提案件数 ÷ 有反馈的提案件数。',
  },
  {
    key: 'implementationRate',
    label: '落实率',
    kind: 'rate',
    group: 'proposals',
    description: '落实情况为“已落实”或“正在落实”的提案件数 ÷ 立案件数。',
  },
  {
    key: 'resolvedRate',
    label: '已落实率',
    kind: 'rate',
    group: 'proposals',
    description: '落实情况为“已落实”的提案件数 ÷ 立案件数。',
  },
  // 履职活动
  {
    key: 'studySessions',
    label: '集中学习',
    kind: 'count',
    group: 'activities',
    description: '类型为学习（STUDY）的履职活动次数。',
  },
  {
    key: 'meetings',
    label: '会议',
    kind: 'count',
    group: 'activities',
    description: '类型为会议（MEETING）的履职活动次数。',
  },
  {
    key: 'majorConsultations',
    label: '大协商',
    kind: 'count',
    group: 'activities',
    description: '规模为大协商（MAJOR）的协商（CONSULTATION）活动次数。',
  },
  {
    key: 'microConsultations',
    label: '微协商',
    kind: 'count',
    group: 'activities',
    description: '规模为微协商（MICRO）的协商（CONSULTATION）活动次数。',
  },
  {
    key: 'inspections',
    label: '视察',
    kind: 'count',
    group: 'activities',
    description: '类型为视察（INSPECTION）的履职活动次数。',
  },
  {
    key: 'inspectionReports',
    label: '视察报告',
    kind: 'count',
    group: 'activities',
    description: '形成视察报告的视察（INSPECTION）活动次数。',
  },
  {
    key: 'researchReports',
    label: '调研报告',
    kind: 'count',
    group: 'activities',
    description: '形成调研报告的调研（RESEARCH）活动次数。',
  },
  {
    key: 'visits',
    label: '走访接待',
    kind: 'count',
    group: 'activities',
    description: '类型为走访接待（VISIT）的履职活动次数。',
  },
  {
    key: 'suggestionsMade',
    label: '意见建议',
    kind: 'count',
    group: 'activities',
    description: '全部履职活动提出的意见建议条数之和。',
  },
  {
    key: 'suggestionsAdopted',
    label: '采纳建议',
    kind: 'count',
    group: 'activities',
    description: '全部履职活动中被采纳的意见建议条数之和。',
  },
  {
    key: 'suggestionAdoptionRate',
    label: '建议采纳率',
    kind: 'rate',
    group: 'activities',
    description: '采纳建议条数 ÷ 提出意见建议条数。',
  },
  {
    key: 'donationsYuan',
    label: '捐款金额',
    kind: 'amount',
    group: 'activities',
    description: '全部履职活动捐款金额之和（元）。',
  },
  {
    key: 'publicityItems',
    label: '宣传报道',
    kind: 'count',
    group: 'activities',
    description: '类型为宣传报道（PUBLICITY）的履职活动次数。',
  },
  {
    key: 'attendanceRate',
    label: '出勤率',
    kind: 'rate',
    group: 'activities',
    description: '参加记录中“出席”人次 ÷ 全部参加记录人次（出席、请假、缺席）。',
  },
  {
    key: 'memberParticipationRate',
    label: '委员参与率',
    kind: 'rate',
    group: 'activities',
    description: '年内至少出席一次履职活动的在任委员人数 ÷ 在任委员人数。',
  },
  // 社情民意
  {
    key: 'opinionReports',
    label: '报送社情民意',
    kind: 'count',
    group: 'opinions',
    description: '报送的社情民意信息篇数（由提案转来的不计：已作为提案计一次；本组各指标同此口径）。',
  },
  {
    key: 'opinionReportsAdopted',
    label: '被采用',
    kind: 'count',
    group: 'opinions',
    description: '被任一级别（县、市、省、全国政协）采用的社情民意信息篇数。',
  },
  {
    key: 'opinionAdoptionRate',
    label: '采用率',
    kind: 'rate',
    group: 'opinions',
    description: '被采用篇数 ÷ 报送篇数。',
  },
  {
    key: 'opinionAdoptedProvincialOrAbove',
    label: '省级以上采用',
    kind: 'count',
    group: 'opinions',
    description: '被省级或全国政协采用的社情民意信息篇数。',
  },
  {
    key: 'leaderInstructions',
    label: '领导批示',
    kind: 'count',
    group: 'opinions',
    description: '获得领导批示的社情民意信息篇数。',
  },
  // 民主监督. A supervision target is a handling unit the county chooses for a year; nothing in
  // a target, its evaluation or its rectification items names a township or member (special
  // supervisors are appointed to units, not to targets, and evaluations record no participants),
  // so these figures are the county's only: a township "value" would be 0 everywhere, and
  // weighting it would score nothing. What the records do attribute is the township's members
  // serving as 特约监督员, counted by specialSupervisors.
  {
    key: 'supervisionTargets',
    label: '监督对象',
    kind: 'count',
    group: 'supervision',
    description: '本年度确定的民主监督对象个数。',
    scope: 'county',
  },
  {
    key: 'rectificationItems',
    label: '整改事项',
    kind: 'count',
    group: 'supervision',
    description: '本年度监督对象的整改事项条数。',
    scope: 'county',
  },
  {
    key: 'rectificationRate',
    label: '整改完成率',
    kind: 'rate',
    group: 'supervision',
    description: '状态为“已整改”的整改事项条数 ÷ 整改事项条数。',
    scope: 'county',
  },
  {
    key: 'specialSupervisors',
    label: '特约监督员',
    kind: 'count',
    group: 'supervision',
    description: '年内任一时间担任特约监督员的本乡镇委员人数。',
  },
  // 委员与履职
  {
    key: 'activeMembers',
    label: '在任委员',
    kind: 'count',
    group: 'duty',
    description: '年内任一时间处于在任状态的委员人数。',
  },
  {
    key: 'dutyComplianceRate',
    label: '履职达标率',
    kind: 'rate',
    group: 'duty',
    description: '达到本年度全部履职规则的在任委员人数 ÷ 在任委员人数。',
  },
  {
    key: 'averageDutyPoints',
    label: '平均履职积分',
    kind: 'amount',
    group: 'duty',
    description: '在任委员履职积分的平均值（履职积分合计 ÷ 在任委员人数）。',
  },
  {
    key: 'planCompletionRate',
    label: '计划完成率',
    kind: 'rate',
    group: 'duty',
    description: '各工作计划事项 min(实际完成数, 目标数) 之和 ÷ 目标数之和。',
  },
] as const satisfies readonly DefinitionShape[];

export type MetricKey = (typeof DEFINITIONS)[number]['key'];

export interface MetricDefinition extends Omit<DefinitionShape, 'scope'> {
  readonly key: MetricKey;
  readonly scope: MetricScope;
}

export const METRIC_CATALOG: readonly MetricDefinition[] = DEFINITIONS.map((d): MetricDefinition => ({
  scope: 'township',
  ...d,
}));

export const METRIC_KEYS: readonly MetricKey[] = METRIC_CATALOG.map((d) => d.key);

const BY_KEY: ReadonlyMap<string, MetricDefinition> = new Map(METRIC_CATALOG.map((d) => [d.key, d]));

export function isMetricKey(s: string): s is MetricKey {
  return BY_KEY.has(s);
}

/** Throws on an unknown key: callers holding user input should check `isMetricKey` first. */
export function metricByKey(key: MetricKey): MetricDefinition {
  const def = BY_KEY.get(key);
  if (!def) throw new RangeError(`Unknown metric key: ${String(key)}`);
  return def;
}

/** Metrics with a value per township: the only ones the township comparison and the assessment can use. */
export const TOWNSHIP_METRIC_KEYS: readonly MetricKey[] = METRIC_CATALOG.filter((d) => d.scope === 'township').map(
  (d) => d.key,
);

export function isTownshipMetric(key: MetricKey): boolean {
  return metricByKey(key).scope === 'township';
}

/** Only counts and amounts are divided by active members; a rate is already relative. */
export function isPerMemberApplicable(key: MetricKey): boolean {
  return metricByKey(key).kind !== 'rate';
}
