/** The demo county's shapes (cross references are array indexes) and its fixed figures. */
import type {
  CommitteeRole,
  CppccBodyKind,
  Gender,
  HandlingUnitKind,
  MemberKind,
  MemberStatus,
  PoliticalAffiliation,
  SectorCategory,
  TownshipKind,
} from '@cppcc/domain';

export interface DemoTownship {
  name: string;
  /** 9-digit 行政区划代码: county prefix + 001… (街道), 100… (镇), 200… (乡). */
  code: string;
  kind: TownshipKind;
  /** e.g. 高塘镇政协工委, 东城街道政协联络处, 柳河乡政协联络组. */
  bodyName: string;
  bodyKind: CppccBodyKind;
  /** Director of the township's CPPCC body. */
  director: string;
  /** Villages (村) or, for a subdistrict, communities (社区) — for work units and activity places. */
  villages: string[];
}

export interface DemoSector {
  name: string;
  category: SectorCategory;
  /** 1..n in the standard order. */
  sortOrder: number;
}

export interface DemoCommitteeMember {
  /** Index into DemoCounty.members. */
  memberIndex: number;
  role: CommitteeRole;
}

export interface DemoCommittee {
  name: string;
  description: string;
  members: DemoCommitteeMember[];
}

export interface DemoMember {
  name: string;
  gender: Gender;
  /** 民族, e.g. 汉族, 回族. */
  ethnicity: string;
  /** 'YYYY-MM-DD'. */
  birthDate: string;
  affiliation: PoliticalAffiliation;
  /** Index into DemoCounty.sectors. */
  sectorIndex: number;
  /** Index into DemoCounty.townships. */
  townshipIndex: number;
  kind: MemberKind;
  /** 届, e.g. 第十一届. */
  term: string;
  status: MemberStatus;
  workUnit: string;
  title: string;
  /** 11-digit mobile number, unique. */
  phone: string;
  /** 'YYYY-MM-DD'. */
  joinedOn: string;
  /** 'YYYY-MM-DD', after joinedOn; null while ACTIVE. */
  leftOn: string | null;
  /** Chinese reason; null while ACTIVE. */
  leaveReason: string | null;
}

export interface DemoHandlingUnit {
  name: string;
  shortName: string;
  kind: HandlingUnitKind;
  contactPerson: string;
  /** Landline '0556-5xxxxxx' or an 11-digit mobile. */
  contactPhone: string;
}

export interface DemoCounty {
  seed: number;
  countyName: string;
  /** 6-digit county code, the prefix of every township code. */
  countyCode: string;
  townships: DemoTownship[];
  sectors: DemoSector[];
  committees: DemoCommittee[];
  members: DemoMember[];
  handlingUnits: DemoHandlingUnit[];
}

export const DEMO_COUNTY_NAME = '桐溪县';
export const DEMO_COUNTY_CODE = '341122';
export const DEMO_AREA_CODE = '0556';
/** The year ages and "not in the future" are measured against. */
export const DEMO_REFERENCE_YEAR = 2025;
export const CURRENT_TERM = '第十一届';
export const PREVIOUS_TERM = '第十届';

/** Smallest and largest number of members organised in one township. */
export const MIN_TOWNSHIP_MEMBERS = 14;
export const MAX_TOWNSHIP_MEMBERS = 35;
/** Every township keeps at least this many ACTIVE members (per-member metrics stay meaningful). */
export const MIN_ACTIVE_TOWNSHIP_MEMBERS = 12;
