/**
 * Claims of results (docs/domain.md, claims): every adoption, leader instruction and adopted
 * suggestion of the demo is a claim. The past ones were confirmed by the county; this year, the
 * officer's township (the first) has its latest claims waiting and one refused with the county's
 * reason, and two other townships each have one waiting — so both the county admin and the
 * officer find work on the claims page.
 */
import {
  ClaimKind,
  ClaimReview,
  GOVERNMENT_LEVEL_LABELS,
  claimedValues,
  type ClaimableRecord,
  type GovernmentLevel,
} from '@cppcc/domain';
import type { DemoCounty } from '../county/model';
import { addDays, createRandom, deriveSeed } from '../random';
import { DEMO_RECORD_YEARS, DEMO_TODAY } from './constants';
import { minDate } from './helpers';
import type { ActivityRow, ClaimRow, OpinionReportRow } from './rows';

const COUNTY_OFFICE = '县政协办公室';
const CURRENT_YEAR = DEMO_RECORD_YEARS[DEMO_RECORD_YEARS.length - 1] as number;
const REFUSAL: Record<ClaimKind, string> = {
  [ClaimKind.OPINION_ADOPTION]: '未附采用通知或刊发页，无法核实采用级别，请补充后重新申报',
  [ClaimKind.LEADER_INSTRUCTION]: '未附批示件，无法核实批示级别和批示领导，请补充后重新申报',
  [ClaimKind.SUGGESTIONS_ADOPTED]: '未附采纳情况反馈函，无法核实采纳条数，请补充后重新申报',
};

interface Claimed {
  kind: ClaimKind;
  recordType: ClaimableRecord;
  row: OpinionReportRow | ActivityRow;
  on: string;
  evidence: string;
  /** Sets the record's review column of this claim (CLAIMS_OF). */
  decide: (review: ClaimReview) => void;
}

const level = (value: unknown) => GOVERNMENT_LEVEL_LABELS[value as GovernmentLevel] ?? '';

function opinionClaims(report: OpinionReportRow, n: number): Claimed[] {
  const out: Claimed[] = [];
  const on = report.adoptedOn ?? report.submittedOn;
  if (claimedValues(ClaimKind.OPINION_ADOPTION, report))
    out.push({
      kind: ClaimKind.OPINION_ADOPTION,
      recordType: 'OpinionReport',
      row: report,
      on,
      evidence: report.publishedIssue ?? `${level(report.adoptionLevel)}政协信息采用通知（${report.year}）第${n}号`,
      decide: (review) => (report.adoptionReview = review),
    });
  if (claimedValues(ClaimKind.LEADER_INSTRUCTION, report))
    out.push({
      kind: ClaimKind.LEADER_INSTRUCTION,
      recordType: 'OpinionReport',
      row: report,
      on: report.instructedOn ?? on,
      evidence: `${level(report.instructionLevel)}领导批示件 ${report.year}-${String(n).padStart(3, '0')}`,
      decide: (review) => (report.instructionReview = review),
    });
  return out;
}

function activityClaim(activity: ActivityRow, n: number): Claimed[] {
  if (!claimedValues(ClaimKind.SUGGESTIONS_ADOPTED, activity)) return [];
  return [
    {
      kind: ClaimKind.SUGGESTIONS_ADOPTED,
      recordType: 'Activity',
      row: activity,
      on: activity.heldOn,
      evidence: `${activity.title}建议采纳情况反馈函（${activity.year}）第${n}号`,
      decide: (review) => (activity.adoptionReview = review),
    },
  ];
}

const at = (date: string) => new Date(`${date}T10:00:00+08:00`);

/** This year's claims left waiting or refused: the officer's latest four (the fourth refused), one each of townships 2 and 3. */
function undecided(claims: readonly Claimed[]): Map<Claimed, ClaimReview> {
  const latest = (townshipId: number) =>
    claims
      .filter((c) => c.row.townshipId === townshipId && c.row.year === CURRENT_YEAR)
      .sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : 0));
  const out = new Map<Claimed, ClaimReview>();
  latest(1)
    .slice(0, 4)
    .forEach((c, i) => out.set(c, i === 3 ? ClaimReview.REFUSED : ClaimReview.PENDING));
  for (const t of [2, 3]) {
    const [c] = latest(t);
    if (c) out.set(c, ClaimReview.PENDING);
  }
  return out;
}

/** The claims of the records, and each record's review columns set as decided. */
export function buildClaims(
  county: DemoCounty,
  seed: number,
  opinionReports: readonly OpinionReportRow[],
  activities: readonly ActivityRow[],
): ClaimRow[] {
  const rng = createRandom(deriveSeed(seed, 'records/claims'));
  const claims = [
    ...opinionReports.flatMap((r, i) => opinionClaims(r, i + 1)),
    ...activities.flatMap((a, i) => activityClaim(a, i + 1)),
  ];
  const left = undecided(claims);
  return claims.map((c, i): ClaimRow => {
    const review = left.get(c) ?? ClaimReview.CONFIRMED;
    c.decide(review);
    const claimedOn = minDate(addDays(c.on, rng.int(1, 10)), DEMO_TODAY);
    const decided = review !== ClaimReview.PENDING;
    const township = c.row.townshipId ? county.townships[c.row.townshipId - 1] : undefined;
    return {
      id: i + 1,
      kind: c.kind,
      recordType: c.recordType,
      recordId: c.row.id,
      townshipId: c.row.townshipId,
      year: c.row.year,
      title: c.row.title,
      claimed: JSON.stringify(claimedValues(c.kind, c.row)),
      evidence: c.evidence,
      review,
      decisionNote: review === ClaimReview.REFUSED ? REFUSAL[c.kind] : null,
      claimedById: null,
      claimedByName: township ? `${township.name}政协干部` : COUNTY_OFFICE,
      decidedById: null,
      decidedByName: decided ? COUNTY_OFFICE : null,
      decidedAt: decided ? at(minDate(addDays(claimedOn, rng.int(2, 20)), DEMO_TODAY)) : null,
      supersededAt: null,
      createdAt: at(claimedOn),
    };
  });
}
