// Chinese labels for every enum in enums.ts: one wording for console, exports and the
// annual summary. Each map is a Record over the enum, so a missing value is a compile error.
import * as Enums from './enums';
import {
  ActivityKind,
  Attendance,
  CommitteeRole,
  ConsultationScale,
  CppccBodyKind,
  Gender,
  GovernmentLevel,
  HandlingUnitKind,
  ImplementationStatus,
  MeetingKind,
  MemberKind,
  MemberStatus,
  TenureEnd,
  ClaimKind,
  ClaimReview,
  YearState,
  ObjectionStatus,
  OpinionStatus,
  PoliticalAffiliation,
  ProposalCategory,
  ProposalDutyBasis,
  ProposalStatus,
  ProposerKind,
  RectificationStatus,
  ReplyClass,
  Role,
  Satisfaction,
  SectorCategory,
  SortOrder,
  SupervisionKind,
  SupervisionPhase,
  TownshipKind,
  UnitAssignmentRole,
  UnitRequestKind,
  UnitRequestStatus,
  ContactForm,
  PlanItemKind,
  DutyRuleKey,
} from './enums';

export type LabelMap<T extends string> = Readonly<Record<T, string>>;

export const ROLE_LABELS: LabelMap<Role> = {
  [Role.COUNTY_ADMIN]: '县政协管理员',
  [Role.TOWNSHIP_OFFICER]: '乡镇政协干部',
  [Role.LEADER]: '县政协领导',
  [Role.HANDLING_UNIT]: '承办单位',
  [Role.API_CLIENT]: '外部系统',
};

export const TOWNSHIP_KIND_LABELS: LabelMap<TownshipKind> = {
  [TownshipKind.TOWN]: '镇',
  [TownshipKind.XIANG]: '乡',
  [TownshipKind.SUBDISTRICT]: '街道',
};

export const CPPCC_BODY_KIND_LABELS: LabelMap<CppccBodyKind> = {
  [CppccBodyKind.WORK_COMMITTEE]: '政协工委',
  [CppccBodyKind.LIAISON_OFFICE]: '政协联络处',
  [CppccBodyKind.LIAISON_GROUP]: '政协联络组',
};

export const SECTOR_CATEGORY_LABELS: LabelMap<SectorCategory> = {
  [SectorCategory.PARTY]: '党派',
  [SectorCategory.PEOPLES_ORGANISATION]: '人民团体',
  [SectorCategory.SECTOR]: '界别',
  [SectorCategory.INVITED]: '特邀人士',
};

export const COMMITTEE_ROLE_LABELS: LabelMap<CommitteeRole> = {
  [CommitteeRole.DIRECTOR]: '主任',
  [CommitteeRole.DEPUTY_DIRECTOR]: '副主任',
  [CommitteeRole.MEMBER]: '委员',
};

export const GENDER_LABELS: LabelMap<Gender> = {
  [Gender.MALE]: '男',
  [Gender.FEMALE]: '女',
};

export const POLITICAL_AFFILIATION_LABELS: LabelMap<PoliticalAffiliation> = {
  [PoliticalAffiliation.CPC]: '中共',
  [PoliticalAffiliation.DEMOCRATIC_PARTY]: '民主党派',
  [PoliticalAffiliation.NON_PARTY]: '无党派',
  [PoliticalAffiliation.MASSES]: '群众',
};

export const MEMBER_KIND_LABELS: LabelMap<MemberKind> = {
  [MemberKind.COUNTY_MEMBER]: '县政协委员',
  [MemberKind.STANDING_MEMBER]: '常委',
  [MemberKind.SPECIAL_INVITEE]: '政协特邀员',
  [MemberKind.VILLAGE_LIAISON]: '村级联络员',
};

export const MEMBER_STATUS_LABELS: LabelMap<MemberStatus> = {
  [MemberStatus.ACTIVE]: '在任',
  [MemberStatus.TERM_ENDED]: '届满',
  [MemberStatus.WITHDRAWN]: '退出',
  [MemberStatus.REVOKED]: '撤销',
};

export const TENURE_END_LABELS: LabelMap<TenureEnd> = {
  [TenureEnd.TRANSFERRED]: '调动',
  [TenureEnd.TERM_ENDED]: '届满',
  [TenureEnd.WITHDRAWN]: '退出',
  [TenureEnd.REVOKED]: '撤销',
};

export const CLAIM_KIND_LABELS: LabelMap<ClaimKind> = {
  [ClaimKind.OPINION_ADOPTION]: '信息采用',
  [ClaimKind.LEADER_INSTRUCTION]: '领导批示',
  [ClaimKind.SUGGESTIONS_ADOPTED]: '建议采纳',
};

export const CLAIM_REVIEW_LABELS: LabelMap<ClaimReview> = {
  [ClaimReview.PENDING]: '待确认',
  [ClaimReview.CONFIRMED]: '已确认',
  [ClaimReview.REFUSED]: '未予确认',
};

export const YEAR_STATE_LABELS: LabelMap<YearState> = {
  [YearState.OPEN]: '未封账',
  [YearState.REVIEW]: '核对中',
  [YearState.CLOSED]: '已封账',
  [YearState.REOPENED]: '已重新开启',
};

export const OBJECTION_STATUS_LABELS: LabelMap<ObjectionStatus> = {
  [ObjectionStatus.OPEN]: '待答复',
  [ObjectionStatus.ACCEPTED]: '已采纳',
  [ObjectionStatus.REFUSED]: '不予采纳',
};

export const HANDLING_UNIT_KIND_LABELS: LabelMap<HandlingUnitKind> = {
  [HandlingUnitKind.GOVERNMENT_DEPARTMENT]: '政府部门',
  [HandlingUnitKind.PUBLIC_INSTITUTION]: '事业单位',
  [HandlingUnitKind.STATE_ENTERPRISE]: '国有企业',
  [HandlingUnitKind.OTHER]: '其他单位',
};

export const PROPOSAL_STATUS_LABELS: LabelMap<ProposalStatus> = {
  [ProposalStatus.SUBMITTED]: '已提交',
  [ProposalStatus.ACCEPTED]: '已立案',
  [ProposalStatus.REJECTED]: '不予立案',
  [ProposalStatus.CONVERTED]: '转为意见建议',
  [ProposalStatus.MERGED]: '已并案',
  [ProposalStatus.ASSIGNED]: '已交办',
  [ProposalStatus.REPLIED]: '已办复',
  [ProposalStatus.REHANDLING]: '重新办理',
  [ProposalStatus.CLOSED]: '已办结',
};

export const PROPOSER_KIND_LABELS: LabelMap<ProposerKind> = {
  [ProposerKind.MEMBER]: '委员个人',
  [ProposerKind.JOINT]: '委员联名',
  [ProposerKind.PARTY_GROUP]: '党派团体',
  [ProposerKind.COMMITTEE]: '专委会',
  [ProposerKind.SECTOR]: '界别',
};

export const PROPOSAL_CATEGORY_LABELS: LabelMap<ProposalCategory> = {
  [ProposalCategory.ECONOMY]: '经济建设',
  [ProposalCategory.URBAN_RURAL]: '城乡建设',
  [ProposalCategory.AGRICULTURE]: '农业农村',
  [ProposalCategory.EDUCATION_SCIENCE_CULTURE_HEALTH]: '教科文卫',
  [ProposalCategory.SOCIETY_LAW]: '社会法制',
  [ProposalCategory.OTHER]: '其他',
};

// The standard reply-class wording (答复分类).
export const REPLY_CLASS_LABELS: LabelMap<ReplyClass> = {
  [ReplyClass.A]: '所提问题已经解决或基本解决',
  [ReplyClass.B]: '正在解决或已列入计划逐步解决',
  [ReplyClass.C]: '因条件限制或其他原因需留作参考',
};

// Short form for tables and charts where the full sentence does not fit.
export const REPLY_CLASS_SHORT_LABELS: LabelMap<ReplyClass> = {
  [ReplyClass.A]: 'A类',
  [ReplyClass.B]: 'B类',
  [ReplyClass.C]: 'C类',
};

export const SATISFACTION_LABELS: LabelMap<Satisfaction> = {
  [Satisfaction.SATISFIED]: '满意',
  [Satisfaction.BASICALLY_SATISFIED]: '基本满意',
  [Satisfaction.DISSATISFIED]: '不满意',
};

export const IMPLEMENTATION_STATUS_LABELS: LabelMap<ImplementationStatus> = {
  [ImplementationStatus.IMPLEMENTED]: '已落实',
  [ImplementationStatus.IN_PROGRESS]: '正在落实',
  [ImplementationStatus.NOT_IMPLEMENTED]: '未落实',
};

export const SUPERVISION_KIND_LABELS: LabelMap<SupervisionKind> = {
  [SupervisionKind.ANNUAL_EVALUATION]: '民主评议',
  [SupervisionKind.SPECIAL]: '专项监督',
  [SupervisionKind.CONDUCT_REVIEW]: '行风评议',
  [SupervisionKind.PROPOSAL_HANDLING]: '提案办理监督',
};

export const SUPERVISION_PHASE_LABELS: LabelMap<SupervisionPhase> = {
  [SupervisionPhase.PLAN_CHECK]: '早期检查工作计划',
  [SupervisionPhase.MID_YEAR_URGING]: '中期督促落实',
  [SupervisionPhase.EVALUATION]: '后期民主评议',
  [SupervisionPhase.LOOK_BACK]: '回头看',
};

export const RECTIFICATION_STATUS_LABELS: LabelMap<RectificationStatus> = {
  [RectificationStatus.PENDING]: '待整改',
  [RectificationStatus.IN_PROGRESS]: '整改中',
  [RectificationStatus.DONE]: '已整改',
};

export const ACTIVITY_KIND_LABELS: LabelMap<ActivityKind> = {
  [ActivityKind.STUDY]: '学习',
  [ActivityKind.MEETING]: '会议',
  [ActivityKind.CONSULTATION]: '协商',
  [ActivityKind.INSPECTION]: '视察',
  [ActivityKind.RESEARCH]: '调研',
  [ActivityKind.VISIT]: '走访接待',
  [ActivityKind.CHARITY]: '公益慰问',
  [ActivityKind.PUBLICITY]: '宣传报道',
  [ActivityKind.CULTURAL_HISTORY]: '文史资料',
  [ActivityKind.TRAINING]: '培训',
};

export const MEETING_KIND_LABELS: LabelMap<MeetingKind> = {
  [MeetingKind.PLENARY]: '全体会议',
  [MeetingKind.STANDING_COMMITTEE]: '常委会议',
  [MeetingKind.CHAIRS]: '主席会议',
  [MeetingKind.REGULAR]: '工作例会',
  [MeetingKind.FORUM]: '座谈会',
};

// Same wording as the metric catalog (docs/metrics.md: 大协商 / 微协商).
export const CONSULTATION_SCALE_LABELS: LabelMap<ConsultationScale> = {
  [ConsultationScale.MAJOR]: '大协商',
  [ConsultationScale.MICRO]: '微协商',
};

export const ATTENDANCE_LABELS: LabelMap<Attendance> = {
  [Attendance.PRESENT]: '出席',
  [Attendance.EXCUSED]: '请假',
  [Attendance.ABSENT]: '缺席',
};

export const GOVERNMENT_LEVEL_LABELS: LabelMap<GovernmentLevel> = {
  [GovernmentLevel.COUNTY]: '县级',
  [GovernmentLevel.CITY]: '市级',
  [GovernmentLevel.PROVINCE]: '省级',
  [GovernmentLevel.NATIONAL]: '全国',
};

export const OPINION_STATUS_LABELS: LabelMap<OpinionStatus> = {
  [OpinionStatus.SUBMITTED]: '已报送',
  [OpinionStatus.ADOPTED]: '已采用',
  [OpinionStatus.NOT_ADOPTED]: '未采用',
};

export const SORT_ORDER_LABELS: LabelMap<SortOrder> = {
  [SortOrder.ASC]: '升序',
  [SortOrder.DESC]: '降序',
};

// The enum objects exported by enums.ts (anything whose values are all strings).
type EnumModule = typeof Enums;
export type EnumName = {
  [K in keyof EnumModule]: EnumModule[K] extends Record<string, string> ? K : never;
}[keyof EnumModule];
export type EnumValue<N extends EnumName> = EnumModule[N][keyof EnumModule[N]] & string;

export const UNIT_ASSIGNMENT_ROLE_LABELS: LabelMap<UnitAssignmentRole> = { LEAD: '主办', CO: '会办' };

export const UNIT_REQUEST_KIND_LABELS: LabelMap<UnitRequestKind> = {
  RETURN: '退回',
  ADJUST: '调整承办单位',
  EXTEND: '延期',
};

export const UNIT_REQUEST_STATUS_LABELS: LabelMap<UnitRequestStatus> = {
  PENDING: '待审批',
  APPROVED: '已同意',
  REFUSED: '未同意',
};

export const CONTACT_FORM_LABELS: LabelMap<ContactForm> = {
  FACE_TO_FACE: '面商',
  PHONE: '电话',
  FORUM: '座谈',
  FIELD_VISIT: '实地调研',
  WRITTEN: '书面',
};

export const PLAN_ITEM_KIND_LABELS: LabelMap<PlanItemKind> = {
  STUDY: '集中学习',
  MEETING: '会议',
  CONSULTATION: '协商',
  INSPECTION: '视察',
  RESEARCH: '调研',
  VISIT: '走访接待',
  CHARITY: '公益慰问',
  PUBLICITY: '宣传报道',
  CULTURAL_HISTORY: '文史资料',
  TRAINING: '培训',
  OPINION_REPORT: '社情民意信息',
};

export const PROPOSAL_DUTY_BASIS_LABELS: LabelMap<ProposalDutyBasis> = {
  ACCEPTED: '立案',
  SUBMITTED: '提交',
};

export const DUTY_RULE_KEY_LABELS: LabelMap<DutyRuleKey> = {
  PROPOSAL: '提交提案',
  OPINION_REPORT: '报送社情民意',
  RESEARCH_OR_INSPECTION: '参加调研或视察',
  DUTY_REPORT: '提交述职报告',
  PLENARY_ATTENDANCE: '出席全体会议',
};

// Keyed by enum name for the console (ENUM_LABELS.ProposalStatus). The mapped type makes
// a new enum in enums.ts a compile error here until its labels are added.
export type EnumLabels = { readonly [N in EnumName]: LabelMap<EnumValue<N>> };

export const ENUM_LABELS: EnumLabels = {
  Role: ROLE_LABELS,
  TownshipKind: TOWNSHIP_KIND_LABELS,
  CppccBodyKind: CPPCC_BODY_KIND_LABELS,
  SectorCategory: SECTOR_CATEGORY_LABELS,
  CommitteeRole: COMMITTEE_ROLE_LABELS,
  Gender: GENDER_LABELS,
  PoliticalAffiliation: POLITICAL_AFFILIATION_LABELS,
  MemberKind: MEMBER_KIND_LABELS,
  MemberStatus: MEMBER_STATUS_LABELS,
  TenureEnd: TENURE_END_LABELS,
  ClaimKind: CLAIM_KIND_LABELS,
  ClaimReview: CLAIM_REVIEW_LABELS,
  YearState: YEAR_STATE_LABELS,
  ObjectionStatus: OBJECTION_STATUS_LABELS,
  HandlingUnitKind: HANDLING_UNIT_KIND_LABELS,
  ProposalStatus: PROPOSAL_STATUS_LABELS,
  ProposerKind: PROPOSER_KIND_LABELS,
  ProposalCategory: PROPOSAL_CATEGORY_LABELS,
  ReplyClass: REPLY_CLASS_LABELS,
  Satisfaction: SATISFACTION_LABELS,
  ImplementationStatus: IMPLEMENTATION_STATUS_LABELS,
  SupervisionKind: SUPERVISION_KIND_LABELS,
  SupervisionPhase: SUPERVISION_PHASE_LABELS,
  RectificationStatus: RECTIFICATION_STATUS_LABELS,
  ActivityKind: ACTIVITY_KIND_LABELS,
  MeetingKind: MEETING_KIND_LABELS,
  ConsultationScale: CONSULTATION_SCALE_LABELS,
  Attendance: ATTENDANCE_LABELS,
  GovernmentLevel: GOVERNMENT_LEVEL_LABELS,
  OpinionStatus: OPINION_STATUS_LABELS,
  SortOrder: SORT_ORDER_LABELS,
  UnitAssignmentRole: UNIT_ASSIGNMENT_ROLE_LABELS,
  UnitRequestKind: UNIT_REQUEST_KIND_LABELS,
  UnitRequestStatus: UNIT_REQUEST_STATUS_LABELS,
  ContactForm: CONTACT_FORM_LABELS,
  PlanItemKind: PLAN_ITEM_KIND_LABELS,
  DutyRuleKey: DUTY_RULE_KEY_LABELS,
  ProposalDutyBasis: PROPOSAL_DUTY_BASIS_LABELS,
};

/**
 * Label of a typed value. Null/undefined give '' (an empty cell); a value the map does
 * not know (stale data, a newer server) falls back to the raw value rather than ''.
 */
export function labelOf<T extends string>(map: LabelMap<T>, value: T | null | undefined): string {
  if (value === null || value === undefined) return '';
  return Object.prototype.hasOwnProperty.call(map, value) ? map[value] : value;
}

/**
 * Label by enum name for untyped values (GraphQL responses in the console):
 * enumLabel('ProposalStatus', 'CLOSED') === '已办结'.
 */
export function enumLabel(enumName: EnumName, value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  const map: Readonly<Record<string, string>> = ENUM_LABELS[enumName];
  return Object.prototype.hasOwnProperty.call(map, value) ? map[value] : value;
}

/** Options for a select box, in the order of the map (written in enum declaration order). */
export function labelOptions<T extends string>(map: LabelMap<T>): { value: T; label: string }[] {
  return (Object.keys(map) as T[]).map((value) => ({ value, label: map[value] }));
}
