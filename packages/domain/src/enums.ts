// Every enum value is an English UPPER_CASE name (docs/api.md); Chinese labels live in labels.ts.
// String enums so that stored values, GraphQL values and console values are the same text.

export enum Role {
  COUNTY_ADMIN = 'COUNTY_ADMIN',
  TOWNSHIP_OFFICER = 'TOWNSHIP_OFFICER',
  LEADER = 'LEADER',
  HANDLING_UNIT = 'HANDLING_UNIT',
  API_CLIENT = 'API_CLIENT',
}

export enum TownshipKind {
  TOWN = 'TOWN', // 镇
  XIANG = 'XIANG', // 乡
  SUBDISTRICT = 'SUBDISTRICT', // 街道
}

export enum CppccBodyKind {
  WORK_COMMITTEE = 'WORK_COMMITTEE', // 工委
  LIAISON_OFFICE = 'LIAISON_OFFICE', // 联络处
  LIAISON_GROUP = 'LIAISON_GROUP', // 联络组
}

export enum SectorCategory {
  PARTY = 'PARTY',
  PEOPLES_ORGANISATION = 'PEOPLES_ORGANISATION',
  SECTOR = 'SECTOR',
  INVITED = 'INVITED',
}

export enum CommitteeRole {
  DIRECTOR = 'DIRECTOR',
  DEPUTY_DIRECTOR = 'DEPUTY_DIRECTOR',
  MEMBER = 'MEMBER',
}

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

export enum PoliticalAffiliation {
  CPC = 'CPC',
  DEMOCRATIC_PARTY = 'DEMOCRATIC_PARTY',
  NON_PARTY = 'NON_PARTY',
  MASSES = 'MASSES',
}

export enum MemberKind {
  COUNTY_MEMBER = 'COUNTY_MEMBER', // 县政协委员
  STANDING_MEMBER = 'STANDING_MEMBER', // 常委
  SPECIAL_INVITEE = 'SPECIAL_INVITEE', // 政协特邀员
  VILLAGE_LIAISON = 'VILLAGE_LIAISON', // 村级联络员
}

export enum MemberStatus {
  ACTIVE = 'ACTIVE',
  TERM_ENDED = 'TERM_ENDED',
  WITHDRAWN = 'WITHDRAWN',
  REVOKED = 'REVOKED',
}

/** Why a member's time in a township ended (docs/domain.md, tenure). */
export enum TenureEnd {
  TRANSFERRED = 'TRANSFERRED', // 调动 to another township
  TERM_ENDED = 'TERM_ENDED', // 届满
  WITHDRAWN = 'WITHDRAWN', // 退出
  REVOKED = 'REVOKED', // 撤销
}

export enum HandlingUnitKind {
  GOVERNMENT_DEPARTMENT = 'GOVERNMENT_DEPARTMENT',
  PUBLIC_INSTITUTION = 'PUBLIC_INSTITUTION',
  STATE_ENTERPRISE = 'STATE_ENTERPRISE',
  OTHER = 'OTHER',
}

export enum ProposalStatus {
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  CONVERTED = 'CONVERTED',
  MERGED = 'MERGED',
  ASSIGNED = 'ASSIGNED',
  REPLIED = 'REPLIED',
  REHANDLING = 'REHANDLING',
  CLOSED = 'CLOSED',
}

export enum ProposerKind {
  MEMBER = 'MEMBER', // one member
  JOINT = 'JOINT', // 联名: lead plus co-signers
  PARTY_GROUP = 'PARTY_GROUP', // 党派团体
  COMMITTEE = 'COMMITTEE',
  SECTOR = 'SECTOR',
}

export enum ProposalCategory {
  ECONOMY = 'ECONOMY',
  URBAN_RURAL = 'URBAN_RURAL',
  AGRICULTURE = 'AGRICULTURE',
  EDUCATION_SCIENCE_CULTURE_HEALTH = 'EDUCATION_SCIENCE_CULTURE_HEALTH',
  SOCIETY_LAW = 'SOCIETY_LAW',
  OTHER = 'OTHER',
}

export enum ReplyClass {
  A = 'A',
  B = 'B',
  C = 'C',
}

export enum Satisfaction {
  SATISFIED = 'SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  DISSATISFIED = 'DISSATISFIED',
}

export enum ImplementationStatus {
  IMPLEMENTED = 'IMPLEMENTED',
  IN_PROGRESS = 'IN_PROGRESS',
  NOT_IMPLEMENTED = 'NOT_IMPLEMENTED',
}

export enum SupervisionKind {
  ANNUAL_EVALUATION = 'ANNUAL_EVALUATION', // 民主评议
  SPECIAL = 'SPECIAL', // 专项监督
  CONDUCT_REVIEW = 'CONDUCT_REVIEW', // 行风评议
  PROPOSAL_HANDLING = 'PROPOSAL_HANDLING', // 提案办理监督
}

export enum SupervisionPhase {
  PLAN_CHECK = 'PLAN_CHECK',
  MID_YEAR_URGING = 'MID_YEAR_URGING',
  EVALUATION = 'EVALUATION',
  LOOK_BACK = 'LOOK_BACK',
}

export enum RectificationStatus {
  PENDING = 'PENDING',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}

export enum ActivityKind {
  STUDY = 'STUDY',
  MEETING = 'MEETING',
  CONSULTATION = 'CONSULTATION',
  INSPECTION = 'INSPECTION',
  RESEARCH = 'RESEARCH',
  VISIT = 'VISIT',
  CHARITY = 'CHARITY',
  PUBLICITY = 'PUBLICITY',
  CULTURAL_HISTORY = 'CULTURAL_HISTORY',
  TRAINING = 'TRAINING',
}

export enum MeetingKind {
  PLENARY = 'PLENARY', // 全体会议
  STANDING_COMMITTEE = 'STANDING_COMMITTEE', // 常委会议
  CHAIRS = 'CHAIRS', // 主席会议
  REGULAR = 'REGULAR', // 工作例会
  FORUM = 'FORUM', // 座谈会
}

export enum ConsultationScale {
  MAJOR = 'MAJOR',
  MICRO = 'MICRO',
}

export enum Attendance {
  PRESENT = 'PRESENT',
  EXCUSED = 'EXCUSED',
  ABSENT = 'ABSENT',
}

export enum GovernmentLevel {
  COUNTY = 'COUNTY',
  CITY = 'CITY',
  PROVINCE = 'PROVINCE',
  NATIONAL = 'NATIONAL',
}

export enum OpinionStatus {
  SUBMITTED = 'SUBMITTED',
  ADOPTED = 'ADOPTED',
  NOT_ADOPTED = 'NOT_ADOPTED',
}

/** A township's claimed result that counts only once the county confirms it (docs/domain.md, claims). */
export enum ClaimKind {
  OPINION_ADOPTION = 'OPINION_ADOPTION', // 社情民意采用（级别、刊发期号）
  LEADER_INSTRUCTION = 'LEADER_INSTRUCTION', // 领导批示
  SUGGESTIONS_ADOPTED = 'SUGGESTIONS_ADOPTED', // 活动建议被采纳
}

export enum ClaimReview {
  PENDING = 'PENDING', // 待确认
  CONFIRMED = 'CONFIRMED', // 已确认
  REFUSED = 'REFUSED', // 未予确认
}

export enum YearState {
  OPEN = 'OPEN', // 未封账
  REVIEW = 'REVIEW', // 核对中
  CLOSED = 'CLOSED', // 已封账
  REOPENED = 'REOPENED', // 已重新开启
}

export enum ObjectionStatus {
  OPEN = 'OPEN', // 待答复
  ACCEPTED = 'ACCEPTED', // 已采纳（记录据此更正）
  REFUSED = 'REFUSED', // 不予采纳
}

export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}

/** A handling unit's part in a proposal: 主办 or 会办. */
export enum UnitAssignmentRole {
  LEAD = 'LEAD',
  CO = 'CO',
}

/** What a handling unit asks the county: 退回 (not ours), 调整 (other lead or co-units), 延期 (more time). */
export enum UnitRequestKind {
  RETURN = 'RETURN',
  ADJUST = 'ADJUST',
  EXTEND = 'EXTEND',
}

export enum UnitRequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
}

/** How the lead unit contacted the proposer before replying (办前面商). */
export enum ContactForm {
  FACE_TO_FACE = 'FACE_TO_FACE',
  PHONE = 'PHONE',
  FORUM = 'FORUM',
  FIELD_VISIT = 'FIELD_VISIT',
  WRITTEN = 'WRITTEN',
}

/** What a work-plan item counts: an activity kind, or opinion reports. */
export enum PlanItemKind {
  STUDY = 'STUDY',
  MEETING = 'MEETING',
  CONSULTATION = 'CONSULTATION',
  INSPECTION = 'INSPECTION',
  RESEARCH = 'RESEARCH',
  VISIT = 'VISIT',
  CHARITY = 'CHARITY',
  PUBLICITY = 'PUBLICITY',
  CULTURAL_HISTORY = 'CULTURAL_HISTORY',
  TRAINING = 'TRAINING',
  OPINION_REPORT = 'OPINION_REPORT',
}

/** The county's member duty rules (四个一 and plenary attendance). */
export enum DutyRuleKey {
  PROPOSAL = 'PROPOSAL',
  OPINION_REPORT = 'OPINION_REPORT',
  RESEARCH_OR_INSPECTION = 'RESEARCH_OR_INSPECTION',
  DUTY_REPORT = 'DUTY_REPORT',
  PLENARY_ATTENDANCE = 'PLENARY_ATTENDANCE',
}

/** What the PROPOSAL duty rule counts, chosen per year: 立案 (the default) or every proposal submitted. */
export enum ProposalDutyBasis {
  ACCEPTED = 'ACCEPTED',
  SUBMITTED = 'SUBMITTED',
}
