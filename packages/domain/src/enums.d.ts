export declare enum Role {
    COUNTY_ADMIN = "COUNTY_ADMIN",
    TOWNSHIP_OFFICER = "TOWNSHIP_OFFICER",
    LEADER = "LEADER",
    HANDLING_UNIT = "HANDLING_UNIT",
    API_CLIENT = "API_CLIENT"
}
export declare enum TownshipKind {
    TOWN = "TOWN",// 镇
    XIANG = "XIANG",// 乡
    SUBDISTRICT = "SUBDISTRICT"
}
export declare enum CppccBodyKind {
    WORK_COMMITTEE = "WORK_COMMITTEE",// 工委
    LIAISON_OFFICE = "LIAISON_OFFICE",// 联络处
    LIAISON_GROUP = "LIAISON_GROUP"
}
export declare enum SectorCategory {
    PARTY = "PARTY",
    PEOPLES_ORGANISATION = "PEOPLES_ORGANISATION",
    SECTOR = "SECTOR",
    INVITED = "INVITED"
}
export declare enum CommitteeRole {
    DIRECTOR = "DIRECTOR",
    DEPUTY_DIRECTOR = "DEPUTY_DIRECTOR",
    MEMBER = "MEMBER"
}
export declare enum Gender {
    MALE = "MALE",
    FEMALE = "FEMALE"
}
export declare enum PoliticalAffiliation {
    CPC = "CPC",
    DEMOCRATIC_PARTY = "DEMOCRATIC_PARTY",
    NON_PARTY = "NON_PARTY",
    MASSES = "MASSES"
}
export declare enum MemberKind {
    COUNTY_MEMBER = "COUNTY_MEMBER",// 县政协委员
    STANDING_MEMBER = "STANDING_MEMBER",// 常委
    SPECIAL_INVITEE = "SPECIAL_INVITEE",// 政协特邀员
    VILLAGE_LIAISON = "VILLAGE_LIAISON"
}
export declare enum MemberStatus {
    ACTIVE = "ACTIVE",
    TERM_ENDED = "TERM_ENDED",
    WITHDRAWN = "WITHDRAWN",
    REVOKED = "REVOKED"
}
export declare enum HandlingUnitKind {
    GOVERNMENT_DEPARTMENT = "GOVERNMENT_DEPARTMENT",
    PUBLIC_INSTITUTION = "PUBLIC_INSTITUTION",
    STATE_ENTERPRISE = "STATE_ENTERPRISE",
    OTHER = "OTHER"
}
export declare enum ProposalStatus {
    SUBMITTED = "SUBMITTED",
    ACCEPTED = "ACCEPTED",
    REJECTED = "REJECTED",
    CONVERTED = "CONVERTED",
    MERGED = "MERGED",
    ASSIGNED = "ASSIGNED",
    REPLIED = "REPLIED",
    REHANDLING = "REHANDLING",
    CLOSED = "CLOSED"
}
export declare enum ProposerKind {
    MEMBER = "MEMBER",// one member
    JOINT = "JOINT",// 联名: lead plus co-signers
    PARTY_GROUP = "PARTY_GROUP",// 党派团体
    COMMITTEE = "COMMITTEE",
    SECTOR = "SECTOR"
}
export declare enum ProposalCategory {
    ECONOMY = "ECONOMY",
    URBAN_RURAL = "URBAN_RURAL",
    AGRICULTURE = "AGRICULTURE",
    EDUCATION_SCIENCE_CULTURE_HEALTH = "EDUCATION_SCIENCE_CULTURE_HEALTH",
    SOCIETY_LAW = "SOCIETY_LAW",
    OTHER = "OTHER"
}
export declare enum ReplyClass {
    A = "A",
    B = "B",
    C = "C"
}
export declare enum Satisfaction {
    SATISFIED = "SATISFIED",
    BASICALLY_SATISFIED = "BASICALLY_SATISFIED",
    DISSATISFIED = "DISSATISFIED"
}
export declare enum ImplementationStatus {
    IMPLEMENTED = "IMPLEMENTED",
    IN_PROGRESS = "IN_PROGRESS",
    NOT_IMPLEMENTED = "NOT_IMPLEMENTED"
}
export declare enum SupervisionKind {
    ANNUAL_EVALUATION = "ANNUAL_EVALUATION",// 民主评议
    SPECIAL = "SPECIAL",// 专项监督
    CONDUCT_REVIEW = "CONDUCT_REVIEW",// 行风评议
    PROPOSAL_HANDLING = "PROPOSAL_HANDLING"
}
export declare enum SupervisionPhase {
    PLAN_CHECK = "PLAN_CHECK",
    MID_YEAR_URGING = "MID_YEAR_URGING",
    EVALUATION = "EVALUATION",
    LOOK_BACK = "LOOK_BACK"
}
export declare enum RectificationStatus {
    PENDING = "PENDING",
    IN_PROGRESS = "IN_PROGRESS",
    DONE = "DONE"
}
export declare enum ActivityKind {
    STUDY = "STUDY",
    MEETING = "MEETING",
    CONSULTATION = "CONSULTATION",
    INSPECTION = "INSPECTION",
    RESEARCH = "RESEARCH",
    VISIT = "VISIT",
    CHARITY = "CHARITY",
    PUBLICITY = "PUBLICITY",
    CULTURAL_HISTORY = "CULTURAL_HISTORY",
    TRAINING = "TRAINING"
}
export declare enum MeetingKind {
    PLENARY = "PLENARY",// 全体会议
    STANDING_COMMITTEE = "STANDING_COMMITTEE",// 常委会议
    CHAIRS = "CHAIRS",// 主席会议
    REGULAR = "REGULAR",// 工作例会
    FORUM = "FORUM"
}
export declare enum ConsultationScale {
    MAJOR = "MAJOR",
    MICRO = "MICRO"
}
export declare enum Attendance {
    PRESENT = "PRESENT",
    EXCUSED = "EXCUSED",
    ABSENT = "ABSENT"
}
export declare enum GovernmentLevel {
    COUNTY = "COUNTY",
    CITY = "CITY",
    PROVINCE = "PROVINCE",
    NATIONAL = "NATIONAL"
}
export declare enum OpinionStatus {
    SUBMITTED = "SUBMITTED",
    ADOPTED = "ADOPTED",
    NOT_ADOPTED = "NOT_ADOPTED"
}
export declare enum SortOrder {
    ASC = "ASC",
    DESC = "DESC"
}
