import { registerEnumType } from 'type-graphql';
import {
  ActivityKind,
  ClaimKind,
  ClaimReview,
  Attendance,
  CommitteeRole,
  ConsultationScale,
  CppccBodyKind,
  DutyRuleKey,
  Gender,
  GovernmentLevel,
  HandlingUnitKind,
  ImplementationStatus,
  MeetingKind,
  MemberKind,
  MemberStatus,
  OpinionStatus,
  PlanItemKind,
  PoliticalAffiliation,
  ProposalCategory,
  ProposalDutyBasis,
  ProposalStatus,
  ProposerKind,
  RectificationStatus,
  ReplyClass,
  ReviewDecision,
  Role,
  Satisfaction,
  SectorCategory,
  SortOrder,
  SupervisionKind,
  SupervisionPhase,
  TenureEnd,
  TownshipKind,
  UnitAssignmentRole,
  UnitRequestKind,
  UnitRequestStatus,
  ContactForm,
  YearState,
  ObjectionStatus,
} from '@cppcc/domain';

// Every enum of @cppcc/domain the API exposes, with its GraphQL name and description, in one
// table; modules refer to the enums themselves. A module's own sort-field enum is registered
// beside its filter.
const DOMAIN_ENUMS: [Record<string, string>, { name: string; description?: string }][] = [
  [ActivityKind, { name: 'ActivityKind' }],
  [Attendance, { name: 'Attendance', description: '出席 / 请假 / 缺席' }],
  [ClaimKind, { name: 'ClaimKind', description: '信息采用 / 领导批示 / 建议采纳: results a township claims' }],
  [ClaimReview, { name: 'ClaimReview', description: '待确认 / 已确认 / 未予确认' }],
  [YearState, { name: 'YearState', description: '未封账 / 核对中 / 已封账 / 已重新开启' }],
  [ObjectionStatus, { name: 'ObjectionStatus', description: '待答复 / 已采纳 / 不予采纳' }],
  [CommitteeRole, { name: 'CommitteeRole', description: '主任 / 副主任 / 委员' }],
  [ConsultationScale, { name: 'ConsultationScale', description: '大协商 / 微协商' }],
  [CppccBodyKind, { name: 'CppccBodyKind', description: '政协工委 / 联络处 / 联络组' }],
  [DutyRuleKey, { name: 'DutyRuleKey' }],
  [Gender, { name: 'Gender' }],
  [GovernmentLevel, { name: 'GovernmentLevel', description: '县 / 市 / 省 / 全国' }],
  [HandlingUnitKind, { name: 'HandlingUnitKind' }],
  [ImplementationStatus, { name: 'ImplementationStatus' }],
  [MeetingKind, { name: 'MeetingKind' }],
  [MemberKind, { name: 'MemberKind', description: '县政协委员 / 常委 / 政协特邀员 / 村级联络员' }],
  [MemberStatus, { name: 'MemberStatus', description: '在任 / 届满 / 退出 / 撤销' }],
  [OpinionStatus, { name: 'OpinionStatus' }],
  [PlanItemKind, { name: 'PlanItemKind' }],
  [PoliticalAffiliation, { name: 'PoliticalAffiliation', description: '中共 / 民主党派 / 无党派 / 群众' }],
  [ProposalCategory, { name: 'ProposalCategory' }],
  [ProposalDutyBasis, { name: 'ProposalDutyBasis', description: '提案履职规则的计数口径：立案（默认）/ 提交' }],
  [ProposalStatus, { name: 'ProposalStatus' }],
  [ProposerKind, { name: 'ProposerKind', description: '个人 / 联名 / 党派团体 / 专委会 / 界别' }],
  [RectificationStatus, { name: 'RectificationStatus', description: '待整改 / 整改中 / 已整改' }],
  [ReplyClass, { name: 'ReplyClass', description: 'A 已解决或基本解决 / B 正在解决或列入计划 / C 留作参考' }],
  [
    ReviewDecision,
    {
      name: 'ProposalReviewDecision',
      description: '立案 ACCEPT / 不予立案 REJECT / 转为意见建议 CONVERT / 并案 MERGE',
    },
  ],
  [Role, { name: 'Role', description: '县政协管理员 / 乡镇政协干部 / 县政协领导 / 承办单位 / 外部系统' }],
  [Satisfaction, { name: 'Satisfaction' }],
  [SectorCategory, { name: 'SectorCategory', description: '党派 / 人民团体 / 界别 / 特邀' }],
  [SortOrder, { name: 'SortOrder' }],
  [SupervisionKind, { name: 'SupervisionKind' }],
  [SupervisionPhase, { name: 'SupervisionPhase' }],
  [TenureEnd, { name: 'TenureEnd', description: '调动 / 届满 / 退出 / 撤销: why a time in a township ended' }],
  [TownshipKind, { name: 'TownshipKind', description: '镇 / 乡 / 街道' }],
  [UnitAssignmentRole, { name: 'UnitAssignmentRole', description: '主办 / 会办' }],
  [UnitRequestKind, { name: 'UnitRequestKind', description: '退回 / 调整承办单位 / 延期' }],
  [UnitRequestStatus, { name: 'UnitRequestStatus', description: '待审批 / 已同意 / 未同意' }],
  [ContactForm, { name: 'ContactForm', description: '办前面商的方式：面商 / 电话 / 座谈 / 实地调研 / 书面' }],
];

let registered = false;

/** Registers the table with type-graphql, once, before the schema is built. */
export function registerDomainEnums(): void {
  if (registered) return;
  registered = true;
  for (const [values, options] of DOMAIN_ENUMS) registerEnumType(values, options);
}
