/**
 * The aggregate counts the server supplies per (township, year): every numerator and
 * denominator any metric needs. Each comment says exactly what the SQL must count, using
 * the attribution and year rules of docs/metrics.md (a proposal belongs to its lead proposer's
 * township at submission and to the year of its plenary session, or of its submission when
 * submitted between sessions; an activity to its organising township and the year of its
 * date; an opinion report to its submitting township and the year of its date).
 * All fields are non-negative; money is in yuan.
 */
export interface RawTownshipYear {
  // ── Proposals 提案 ──
  /** Proposals of the year (every status, including rejected, converted and merged). */
  proposalsSubmitted: number;
  /** Proposals whose review decision was ACCEPTED (立案), whatever their current status. */
  proposalsAccepted: number;
  /** Accepted proposals flagged key (重点提案). */
  keyProposals: number;
  /** Accepted proposals with at least one reply (办复) recorded. */
  proposalsReplied: number;
  /** Accepted proposals whose first reply date is on or before their handling deadline. */
  repliedOnTime: number;
  /** Accepted proposals with member feedback recorded (their latest feedback counts). */
  feedbackTotal: number;
  /** Proposals whose latest feedback is 满意. */
  feedbackSatisfied: number;
  /** Proposals whose latest feedback is 基本满意. */
  feedbackBasicallySatisfied: number;
  /** Accepted proposals with implementation status 已落实. */
  implemented: number;
  /** Accepted proposals with implementation status 正在落实. */
  beingImplemented: number;

  // ── Activities 履职活动 ──
  /** Activities of kind STUDY. */
  studySessions: number;
  /** Activities of kind MEETING. */
  meetings: number;
  /** Activities of kind CONSULTATION with scale MAJOR. */
  majorConsultations: number;
  /** Activities of kind CONSULTATION with scale MICRO. */
  microConsultations: number;
  /** Activities of kind INSPECTION. */
  inspections: number;
  /** Activities of kind INSPECTION that have a report (non-empty report title). */
  inspectionsWithReport: number;
  /** Activities of kind RESEARCH that have a report (non-empty report title). */
  researchWithReport: number;
  /** Activities of kind VISIT. */
  visits: number;
  /** Activities of kind PUBLICITY. */
  publicityItems: number;
  /** SUM of suggestions made over all activities (NULL as 0). */
  suggestionsMade: number;
  /** SUM of suggestions adopted over all activities (NULL as 0). */
  suggestionsAdopted: number;
  /** SUM of amounts donated over all activities, in yuan (NULL as 0). */
  donationsYuan: number;
  /** Participant rows of the township's activities with attendance PRESENT (出席). */
  attendancePresent: number;
  /** All participant rows of those activities: PRESENT + EXCUSED + ABSENT. */
  attendanceTotal: number;

  // ── Members 委员 ──
  /** DISTINCT members of the township whose active period overlaps the year (在任 at any time). */
  activeMembers: number;
  /** DISTINCT members counted in activeMembers who were PRESENT at ≥1 activity of the year. */
  activeMembersPresent: number;

  // ── Opinion reports 社情民意 ──
  /** Opinion reports submitted. */
  opinionReports: number;
  /** Of those, reports adopted at any level (county, city, province, national). */
  opinionAdopted: number;
  /** Of those, reports adopted at province or national level. */
  opinionAdoptedProvincialOrAbove: number;
  /** Of those, reports that received a leader instruction (领导批示). */
  leaderInstructions: number;

  // ── Supervision 民主监督 ──
  /** Supervision targets chosen for the year. */
  supervisionTargets: number;
  /** Rectification items (整改事项) of those targets. */
  rectificationItems: number;
  /** Of those items, the ones with status 已整改. */
  rectificationDone: number;
  /** DISTINCT members of the township with a special-supervisor (特约监督员) appointment overlapping the year. */
  specialSupervisors: number;

  // ── Duty and plan 履职与计划 ──
  /** Members counted in activeMembers who meet every duty rule of the year (see duty.ts). */
  membersMeetingAllRules: number;
  /** SUM of the year's duty points (履职积分) of the members counted in activeMembers. */
  dutyPointsSum: number;
  /** SUM of target counts over the township's plan items of the year. */
  planTargetSum: number;
  /** SUM over those plan items of MIN(actual count from records, target). */
  planAchievedSum: number;
}

export type RawField = keyof RawTownshipYear;

export const RAW_FIELDS: readonly RawField[] = Object.keys(emptyRaw()) as RawField[];

export function emptyRaw(): RawTownshipYear {
  return {
    proposalsSubmitted: 0,
    proposalsAccepted: 0,
    keyProposals: 0,
    proposalsReplied: 0,
    repliedOnTime: 0,
    feedbackTotal: 0,
    feedbackSatisfied: 0,
    feedbackBasicallySatisfied: 0,
    implemented: 0,
    beingImplemented: 0,
    studySessions: 0,
    meetings: 0,
    majorConsultations: 0,
    microConsultations: 0,
    inspections: 0,
    inspectionsWithReport: 0,
    researchWithReport: 0,
    visits: 0,
    publicityItems: 0,
    suggestionsMade: 0,
    suggestionsAdopted: 0,
    donationsYuan: 0,
    attendancePresent: 0,
    attendanceTotal: 0,
    activeMembers: 0,
    activeMembersPresent: 0,
    opinionReports: 0,
    opinionAdopted: 0,
    opinionAdoptedProvincialOrAbove: 0,
    leaderInstructions: 0,
    supervisionTargets: 0,
    rectificationItems: 0,
    rectificationDone: 0,
    specialSupervisors: 0,
    membersMeetingAllRules: 0,
    dutyPointsSum: 0,
    planTargetSum: 0,
    planAchievedSum: 0,
  };
}

/**
 * Field-wise sum, e.g. the county row from township rows. Every field is additive because
 * members are organised in exactly one township and plan sums are already capped per item.
 * A partial row (as from a sparse GROUP BY) counts its missing fields as 0.
 */
export function sumRaw(rows: readonly Partial<RawTownshipYear>[]): RawTownshipYear {
  const total = emptyRaw();
  for (const row of rows) {
    for (const field of RAW_FIELDS) total[field] += row[field] ?? 0;
  }
  return total;
}

/** A full row from a partial one (missing fields as 0), for sparse SQL results. */
export function toRaw(partial: Partial<RawTownshipYear>): RawTownshipYear {
  return sumRaw([partial]);
}

/**
 * A full row from a database result row: drivers return COUNT/SUM as number, bigint or
 * numeric string (mysql2 gives DECIMAL sums as strings), and NULL for empty sums.
 * Missing and NULL fields are 0; anything not a finite, non-negative number throws,
 * so a broken query fails loudly instead of producing NaN metrics.
 */
export function coerceRaw(row: Readonly<Record<string, unknown>>): RawTownshipYear {
  const raw = emptyRaw();
  for (const field of RAW_FIELDS) {
    const v = row[field];
    if (v === undefined || v === null) continue;
    const n =
      typeof v === 'number'
        ? v
        : typeof v === 'bigint'
          ? Number(v)
          : typeof v === 'string' && v.trim() !== ''
            ? Number(v)
            : NaN;
    if (!Number.isFinite(n) || n < 0) {
      throw new TypeError(`RawTownshipYear.${field} must be a finite non-negative number, got ${String(v)}`);
    }
    raw[field] = n;
  }
  return raw;
}
