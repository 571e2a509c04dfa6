/** Opinion reports (社情民意信息) with submitters, adoption levels, leader instructions and issues. */
import { GovernmentLevel, OpinionStatus, ProposalStatus } from '@cppcc/domain';
import type { DemoTownship } from '../county/model';
import { addDays, createRandom, deriveSeed, type Random } from '../random';
import { fillTemplate, OPINION_ISSUE_TEMPLATE, OPINION_REPORT_TITLES } from '../vocabulary';
import { DEMO_RECORD_YEARS, DEMO_TODAY } from './constants';
import { dateWithMembers, membersOn, weightedSample, type Ctx, type TownshipProfile } from './context';
import { clamp, localizeTitle, minDate, subjectOf, uniform } from './helpers';
import type { OpinionReportRow, OpinionSubmitterRow, ProposalSignerRow, ProposalRow } from './rows';

interface OpinionDraft {
  row: Omit<OpinionReportRow, 'id'>;
  submitters: number[];
  seq: number;
}

/** One year's reports as they are being generated. */
interface OpinionYear {
  readonly rng: Random;
  readonly ctx: Ctx;
  readonly year: number;
  /** The last demo year, whose late reports are still pending. */
  readonly recent: boolean;
  /** Reports per member this year. */
  readonly reported: Map<number, number>;
  readonly drafts: OpinionDraft[];
  readonly seq: { n: number };
}

export interface OpinionOutput {
  reports: OpinionReportRow[];
  submitters: OpinionSubmitterRow[];
}

const OPINION_CONTENT =
  '{place}群众反映：{subject}。据委员了解，该问题涉及面广、群众关注度高，如不及时解决，容易引发矛盾。建议有关部门高度重视，开展专项排查，制定解决方案，并加强政策宣传和跟踪问效。';

const GOVERNMENT_LEVELS: readonly GovernmentLevel[] = [
  GovernmentLevel.COUNTY,
  GovernmentLevel.CITY,
  GovernmentLevel.PROVINCE,
  GovernmentLevel.NATIONAL,
];

/** Members without a report this year are preferred (四个一), the diligent most. */
function submittersFor(y: OpinionYear, pool: readonly number[]): number[] {
  const { rng, ctx, reported } = y;
  const who = weightedSample(
    rng,
    pool,
    Math.min(
      pool.length,
      rng.pickWeighted<number>([
        [1, 4],
        [2, 3],
        [3, 3],
      ]),
    ),
    (i) => (ctx.diligence[i] as number) ** 2 / (1 + 3 * (reported.get(i) ?? 0)),
  );
  for (const m of who) reported.set(m, (reported.get(m) ?? 0) + 1);
  return who;
}

function statusFor(y: OpinionYear, profile: TownshipProfile, date: string): OpinionStatus {
  const { rng, recent, year } = y;
  const pendingChance = recent && date > `${year}-11-01` ? 0.7 : recent ? 0.05 : 0.02;
  if (rng.chance(pendingChance)) return OpinionStatus.SUBMITTED;
  return rng.chance(clamp(0.5 * profile.quality, 0.2, 0.75)) ? OpinionStatus.ADOPTED : OpinionStatus.NOT_ADOPTED;
}

/** The level that adopted it and, now and then, a leader's instruction at that level or below. */
function adopt(rng: Random, row: Omit<OpinionReportRow, 'id'>, profile: TownshipProfile, date: string): void {
  const level = rng.pickWeighted<GovernmentLevel>([
    [GovernmentLevel.COUNTY, 55],
    [GovernmentLevel.CITY, 32],
    [GovernmentLevel.PROVINCE, 9 * profile.quality],
    [GovernmentLevel.NATIONAL, 2.5 * profile.quality],
  ]);
  row.adoptionLevel = level;
  row.adoptedOn = minDate(addDays(date, rng.int(7, 60)), DEMO_TODAY);
  if (rng.chance(0.18 * profile.quality)) {
    row.leaderInstruction = true;
    row.instructionLevel = rng.pick(GOVERNMENT_LEVELS.slice(0, GOVERNMENT_LEVELS.indexOf(level) + 1));
  }
}

function reportDraft(y: OpinionYear, township: DemoTownship, ti: number, base: string): void {
  const { rng, ctx } = y;
  const profile = ctx.profiles[ti] as TownshipProfile;
  const date = dateWithMembers(rng, ctx, ti, `${y.year}-01-05`, `${y.year}-12-20`);
  if (date === null) return;
  const who = submittersFor(y, membersOn(ctx, ti, date));
  const village = rng.pick(township.villages);
  const title =
    base.startsWith('关于') && rng.chance(0.6)
      ? localizeTitle(base, rng.chance(0.5) ? township.name : `${township.name}${village}`)
      : base;
  const status = statusFor(y, profile, date);
  const row: Omit<OpinionReportRow, 'id'> = {
    title,
    content: OPINION_CONTENT.replace('{place}', `${township.name}${village}`).replace('{subject}', subjectOf(base)),
    townshipId: ti + 1,
    submittedOn: date,
    year: y.year,
    status,
    adoptionLevel: null,
    adoptedOn: null,
    leaderInstruction: false,
    instructionLevel: null,
    publishedIssue: null,
    sourceProposalId: null,
    instructionLeader: null,
    instructedOn: null,
    adoptionReview: null,
    instructionReview: null,
  };
  if (status === OpinionStatus.ADOPTED) adopt(rng, row, profile, date);
  y.drafts.push({ row, submitters: who.sort((a, b) => a - b), seq: y.seq.n++ });
}

function townshipReports(y: OpinionYear, township: DemoTownship, ti: number): void {
  const profile = y.ctx.profiles[ti] as TownshipProfile;
  const n = clamp(Math.round(8 * profile.vigour * uniform(y.rng, 0.8, 1.2)), 3, 14);
  const titles = y.rng.sample(OPINION_REPORT_TITLES, Math.min(n, OPINION_REPORT_TITLES.length));
  for (let k = 0; k < n; k++) reportDraft(y, township, ti, titles[k % titles.length] as string);
}

/** 《社情信息》: the adopted reports published in issues numbered per year of publication. */
function publishIssues(y: OpinionYear): void {
  const { rng } = y;
  const published = y.drafts
    .filter((d) => d.row.status === OpinionStatus.ADOPTED && rng.chance(0.8))
    .sort((a, b) =>
      (a.row.adoptedOn as string) < (b.row.adoptedOn as string)
        ? -1
        : (a.row.adoptedOn as string) > (b.row.adoptedOn as string)
          ? 1
          : a.seq - b.seq,
    );
  let issueYear = 0;
  let issue = 0;
  let left = 0;
  for (const d of published) {
    const pubYear = Number((d.row.adoptedOn as string).slice(0, 4));
    if (pubYear !== issueYear) {
      // Reports adopted in January of the next year continue that year's numbering.
      issueYear = pubYear;
      issue = pubYear === y.year ? 0 : 1;
      left = 0;
    }
    if (left === 0) {
      issue += 1;
      left = rng.int(2, 4);
    }
    left -= 1;
    d.row.publishedIssue = fillTemplate(OPINION_ISSUE_TEMPLATE, { year: pubYear, count: issue });
  }
}

function yearReports(ctx: Ctx, seed: number, year: number, seq: { n: number }): OpinionDraft[] {
  const y: OpinionYear = {
    rng: createRandom(deriveSeed(seed, `records/opinions/${year}`)),
    ctx,
    year,
    recent: year === DEMO_RECORD_YEARS[DEMO_RECORD_YEARS.length - 1],
    reported: new Map<number, number>(),
    drafts: [],
    seq,
  };
  ctx.county.townships.forEach((township, ti) => townshipReports(y, township, ti));
  publishIssues(y);
  return y.drafts;
}

export function buildOpinionReports(ctx: Ctx, seed: number): OpinionOutput {
  const seq = { n: 0 };
  const drafts = DEMO_RECORD_YEARS.flatMap((year) => yearReports(ctx, seed, year, seq));
  drafts.sort((a, b) =>
    a.row.submittedOn < b.row.submittedOn ? -1 : a.row.submittedOn > b.row.submittedOn ? 1 : a.seq - b.seq,
  );
  const reports: OpinionReportRow[] = [];
  const submitters: OpinionSubmitterRow[] = [];
  drafts.forEach((d, i) => {
    reports.push({ id: i + 1, ...d.row });
    for (const m of d.submitters) submitters.push({ id: submitters.length + 1, reportId: i + 1, memberId: m + 1 });
  });
  return { reports, submitters };
}

/**
 * 转为社情民意: every converted proposal's opinion report (same title, content, authors and
 * township, submitted on the review date), appended after the members' own reports so their ids
 * stay put, and linked both ways — as the conversion step does.
 */
export function addConvertedReports(
  proposals: ProposalRow[],
  signers: readonly ProposalSignerRow[],
  opinions: OpinionOutput,
): void {
  for (const p of proposals) {
    if (p.status !== ProposalStatus.CONVERTED) continue;
    const submittedOn = p.reviewedOn as string;
    const id = opinions.reports.length + 1;
    opinions.reports.push({
      id,
      title: p.title,
      content: p.content,
      townshipId: p.townshipId,
      submittedOn,
      year: Number(submittedOn.slice(0, 4)),
      status: submittedOn < `${DEMO_TODAY.slice(0, 4)}-01-01` ? OpinionStatus.NOT_ADOPTED : OpinionStatus.SUBMITTED,
      adoptionLevel: null,
      adoptedOn: null,
      leaderInstruction: false,
      instructionLevel: null,
      publishedIssue: null,
      sourceProposalId: p.id,
      instructionLeader: null,
      instructedOn: null,
      adoptionReview: null,
      instructionReview: null,
    });
    const authors = signers
      .filter((s) => s.proposalId === p.id)
      .sort((a, b) => Number(b.isLead) - Number(a.isLead) || a.id - b.id);
    for (const a of authors)
      opinions.submitters.push({ id: opinions.submitters.length + 1, reportId: id, memberId: a.memberId });
    p.opinionReportId = id;
  }
}
