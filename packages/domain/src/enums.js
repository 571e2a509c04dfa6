"use strict";
// Every enum value is an English UPPER_CASE name (API.md); Chinese labels live in labels.ts.
// String enums so that stored values, GraphQL values and console values are the same text.
Object.defineProperty(exports, "__esModule", { value: true });
exports.SortOrder = exports.OpinionStatus = exports.GovernmentLevel = exports.Attendance = exports.ConsultationScale = exports.MeetingKind = exports.ActivityKind = exports.RectificationStatus = exports.SupervisionPhase = exports.SupervisionKind = exports.ImplementationStatus = exports.Satisfaction = exports.ReplyClass = exports.ProposalCategory = exports.ProposerKind = exports.ProposalStatus = exports.HandlingUnitKind = exports.MemberStatus = exports.MemberKind = exports.PoliticalAffiliation = exports.Gender = exports.CommitteeRole = exports.SectorCategory = exports.CppccBodyKind = exports.TownshipKind = exports.Role = void 0;
var Role;
(function (Role) {
    Role["COUNTY_ADMIN"] = "COUNTY_ADMIN";
    Role["TOWNSHIP_OFFICER"] = "TOWNSHIP_OFFICER";
    Role["LEADER"] = "LEADER";
    Role["HANDLING_UNIT"] = "HANDLING_UNIT";
    Role["API_CLIENT"] = "API_CLIENT";
})(Role || (exports.Role = Role = {}));
var TownshipKind;
(function (TownshipKind) {
    TownshipKind["TOWN"] = "TOWN";
    TownshipKind["XIANG"] = "XIANG";
    TownshipKind["SUBDISTRICT"] = "SUBDISTRICT";
})(TownshipKind || (exports.TownshipKind = TownshipKind = {}));
var CppccBodyKind;
(function (CppccBodyKind) {
    CppccBodyKind["WORK_COMMITTEE"] = "WORK_COMMITTEE";
    CppccBodyKind["LIAISON_OFFICE"] = "LIAISON_OFFICE";
    CppccBodyKind["LIAISON_GROUP"] = "LIAISON_GROUP";
})(CppccBodyKind || (exports.CppccBodyKind = CppccBodyKind = {}));
var SectorCategory;
(function (SectorCategory) {
    SectorCategory["PARTY"] = "PARTY";
    SectorCategory["PEOPLES_ORGANISATION"] = "PEOPLES_ORGANISATION";
    SectorCategory["SECTOR"] = "SECTOR";
    SectorCategory["INVITED"] = "INVITED";
})(SectorCategory || (exports.SectorCategory = SectorCategory = {}));
var CommitteeRole;
(function (CommitteeRole) {
    CommitteeRole["DIRECTOR"] = "DIRECTOR";
    CommitteeRole["DEPUTY_DIRECTOR"] = "DEPUTY_DIRECTOR";
    CommitteeRole["MEMBER"] = "MEMBER";
})(CommitteeRole || (exports.CommitteeRole = CommitteeRole = {}));
var Gender;
(function (Gender) {
    Gender["MALE"] = "MALE";
    Gender["FEMALE"] = "FEMALE";
})(Gender || (exports.Gender = Gender = {}));
var PoliticalAffiliation;
(function (PoliticalAffiliation) {
    PoliticalAffiliation["CPC"] = "CPC";
    PoliticalAffiliation["DEMOCRATIC_PARTY"] = "DEMOCRATIC_PARTY";
    PoliticalAffiliation["NON_PARTY"] = "NON_PARTY";
    PoliticalAffiliation["MASSES"] = "MASSES";
})(PoliticalAffiliation || (exports.PoliticalAffiliation = PoliticalAffiliation = {}));
var MemberKind;
(function (MemberKind) {
    MemberKind["COUNTY_MEMBER"] = "COUNTY_MEMBER";
    MemberKind["STANDING_MEMBER"] = "STANDING_MEMBER";
    MemberKind["SPECIAL_INVITEE"] = "SPECIAL_INVITEE";
    MemberKind["VILLAGE_LIAISON"] = "VILLAGE_LIAISON";
})(MemberKind || (exports.MemberKind = MemberKind = {}));
var MemberStatus;
(function (MemberStatus) {
    MemberStatus["ACTIVE"] = "ACTIVE";
    MemberStatus["TERM_ENDED"] = "TERM_ENDED";
    MemberStatus["WITHDRAWN"] = "WITHDRAWN";
    MemberStatus["REVOKED"] = "REVOKED";
})(MemberStatus || (exports.MemberStatus = MemberStatus = {}));
var HandlingUnitKind;
(function (HandlingUnitKind) {
    HandlingUnitKind["GOVERNMENT_DEPARTMENT"] = "GOVERNMENT_DEPARTMENT";
    HandlingUnitKind["PUBLIC_INSTITUTION"] = "PUBLIC_INSTITUTION";
    HandlingUnitKind["STATE_ENTERPRISE"] = "STATE_ENTERPRISE";
    HandlingUnitKind["OTHER"] = "OTHER";
})(HandlingUnitKind || (exports.HandlingUnitKind = HandlingUnitKind = {}));
var ProposalStatus;
(function (ProposalStatus) {
    ProposalStatus["SUBMITTED"] = "SUBMITTED";
    ProposalStatus["ACCEPTED"] = "ACCEPTED";
    ProposalStatus["REJECTED"] = "REJECTED";
    ProposalStatus["CONVERTED"] = "CONVERTED";
    ProposalStatus["MERGED"] = "MERGED";
    ProposalStatus["ASSIGNED"] = "ASSIGNED";
    ProposalStatus["REPLIED"] = "REPLIED";
    ProposalStatus["REHANDLING"] = "REHANDLING";
    ProposalStatus["CLOSED"] = "CLOSED";
})(ProposalStatus || (exports.ProposalStatus = ProposalStatus = {}));
var ProposerKind;
(function (ProposerKind) {
    ProposerKind["MEMBER"] = "MEMBER";
    ProposerKind["JOINT"] = "JOINT";
    ProposerKind["PARTY_GROUP"] = "PARTY_GROUP";
    ProposerKind["COMMITTEE"] = "COMMITTEE";
    ProposerKind["SECTOR"] = "SECTOR";
})(ProposerKind || (exports.ProposerKind = ProposerKind = {}));
var ProposalCategory;
(function (ProposalCategory) {
    ProposalCategory["ECONOMY"] = "ECONOMY";
    ProposalCategory["URBAN_RURAL"] = "URBAN_RURAL";
    ProposalCategory["AGRICULTURE"] = "AGRICULTURE";
    ProposalCategory["EDUCATION_SCIENCE_CULTURE_HEALTH"] = "EDUCATION_SCIENCE_CULTURE_HEALTH";
    ProposalCategory["SOCIETY_LAW"] = "SOCIETY_LAW";
    ProposalCategory["OTHER"] = "OTHER";
})(ProposalCategory || (exports.ProposalCategory = ProposalCategory = {}));
var ReplyClass;
(function (ReplyClass) {
    ReplyClass["A"] = "A";
    ReplyClass["B"] = "B";
    ReplyClass["C"] = "C";
})(ReplyClass || (exports.ReplyClass = ReplyClass = {}));
var Satisfaction;
(function (Satisfaction) {
    Satisfaction["SATISFIED"] = "SATISFIED";
    Satisfaction["BASICALLY_SATISFIED"] = "BASICALLY_SATISFIED";
    Satisfaction["DISSATISFIED"] = "DISSATISFIED";
})(Satisfaction || (exports.Satisfaction = Satisfaction = {}));
var ImplementationStatus;
(function (ImplementationStatus) {
    ImplementationStatus["IMPLEMENTED"] = "IMPLEMENTED";
    ImplementationStatus["IN_PROGRESS"] = "IN_PROGRESS";
    ImplementationStatus["NOT_IMPLEMENTED"] = "NOT_IMPLEMENTED";
})(ImplementationStatus || (exports.ImplementationStatus = ImplementationStatus = {}));
var SupervisionKind;
(function (SupervisionKind) {
    SupervisionKind["ANNUAL_EVALUATION"] = "ANNUAL_EVALUATION";
    SupervisionKind["SPECIAL"] = "SPECIAL";
    SupervisionKind["CONDUCT_REVIEW"] = "CONDUCT_REVIEW";
    SupervisionKind["PROPOSAL_HANDLING"] = "PROPOSAL_HANDLING";
})(SupervisionKind || (exports.SupervisionKind = SupervisionKind = {}));
var SupervisionPhase;
(function (SupervisionPhase) {
    SupervisionPhase["PLAN_CHECK"] = "PLAN_CHECK";
    SupervisionPhase["MID_YEAR_URGING"] = "MID_YEAR_URGING";
    SupervisionPhase["EVALUATION"] = "EVALUATION";
    SupervisionPhase["LOOK_BACK"] = "LOOK_BACK";
})(SupervisionPhase || (exports.SupervisionPhase = SupervisionPhase = {}));
var RectificationStatus;
(function (RectificationStatus) {
    RectificationStatus["PENDING"] = "PENDING";
    RectificationStatus["IN_PROGRESS"] = "IN_PROGRESS";
    RectificationStatus["DONE"] = "DONE";
})(RectificationStatus || (exports.RectificationStatus = RectificationStatus = {}));
var ActivityKind;
(function (ActivityKind) {
    ActivityKind["STUDY"] = "STUDY";
    ActivityKind["MEETING"] = "MEETING";
    ActivityKind["CONSULTATION"] = "CONSULTATION";
    ActivityKind["INSPECTION"] = "INSPECTION";
    ActivityKind["RESEARCH"] = "RESEARCH";
    ActivityKind["VISIT"] = "VISIT";
    ActivityKind["CHARITY"] = "CHARITY";
    ActivityKind["PUBLICITY"] = "PUBLICITY";
    ActivityKind["CULTURAL_HISTORY"] = "CULTURAL_HISTORY";
    ActivityKind["TRAINING"] = "TRAINING";
})(ActivityKind || (exports.ActivityKind = ActivityKind = {}));
var MeetingKind;
(function (MeetingKind) {
    MeetingKind["PLENARY"] = "PLENARY";
    MeetingKind["STANDING_COMMITTEE"] = "STANDING_COMMITTEE";
    MeetingKind["CHAIRS"] = "CHAIRS";
    MeetingKind["REGULAR"] = "REGULAR";
    MeetingKind["FORUM"] = "FORUM";
})(MeetingKind || (exports.MeetingKind = MeetingKind = {}));
var ConsultationScale;
(function (ConsultationScale) {
    ConsultationScale["MAJOR"] = "MAJOR";
    ConsultationScale["MICRO"] = "MICRO";
})(ConsultationScale || (exports.ConsultationScale = ConsultationScale = {}));
var Attendance;
(function (Attendance) {
    Attendance["PRESENT"] = "PRESENT";
    Attendance["EXCUSED"] = "EXCUSED";
    Attendance["ABSENT"] = "ABSENT";
})(Attendance || (exports.Attendance = Attendance = {}));
var GovernmentLevel;
(function (GovernmentLevel) {
    GovernmentLevel["COUNTY"] = "COUNTY";
    GovernmentLevel["CITY"] = "CITY";
    GovernmentLevel["PROVINCE"] = "PROVINCE";
    GovernmentLevel["NATIONAL"] = "NATIONAL";
})(GovernmentLevel || (exports.GovernmentLevel = GovernmentLevel = {}));
var OpinionStatus;
(function (OpinionStatus) {
    OpinionStatus["SUBMITTED"] = "SUBMITTED";
    OpinionStatus["ADOPTED"] = "ADOPTED";
    OpinionStatus["NOT_ADOPTED"] = "NOT_ADOPTED";
})(OpinionStatus || (exports.OpinionStatus = OpinionStatus = {}));
var SortOrder;
(function (SortOrder) {
    SortOrder["ASC"] = "ASC";
    SortOrder["DESC"] = "DESC";
})(SortOrder || (exports.SortOrder = SortOrder = {}));
//# sourceMappingURL=enums.js.map