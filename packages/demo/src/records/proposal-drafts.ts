/** A year's proposals before their workflow: who proposes what, when, and how it will end. */
import { ProposalCategory, ProposalStatus, ProposerKind, SectorCategory, TownshipKind } from '@cppcc/domain';
import type { DemoCounty, DemoMember, DemoTownship } from '../county/model';
import { addDays, createRandom, deriveSeed, type Random } from '../random';
import { PROPOSAL_TITLES } from '../vocabulary';
import { DEMO_CHAIRS, DEMO_RECORD_YEARS } from './constants';
import { allMembersOn, dateWithMembers, membersOn, weightedSample, type Ctx, type TownshipProfile } from './context';
import { clamp, localizeTitle, sessionOf, subjectOf, uniform, type PlenarySession } from './helpers';

export interface ProposalDraft {
  year: number;
  townshipIndex: number | null;
  session: string | null;
  submittedOn: string;
  category: ProposalCategory;
  /** Vocabulary title before localisation (merged proposals copy their target's). */
  baseTitle: string;
  place: string | null;
  title: string;
  content: string;
  proposerKind: ProposerKind;
  lead: number | null;
  orgName: string | null;
  coSigners: number[];
  status: ProposalStatus;
  isKey: boolean;
  chair: string | null;
  mergedInto: ProposalDraft | null;
  serialNo: number;
  id: number;
}

type DraftInput = Omit<
  ProposalDraft,
  'status' | 'isKey' | 'chair' | 'mergedInto' | 'serialNo' | 'id' | 'title' | 'content'
>;

/** One year's drafting: its stream and session, and who has already led or signed a proposal. */
interface DraftingYear {
  readonly rng: Random;
  readonly ctx: Ctx;
  readonly year: number;
  readonly session: PlenarySession;
  readonly drafts: ProposalDraft[];
  readonly ledCount: Map<number, number>;
  readonly signedCount: Map<number, number>;
}

/** A member leads at most this many proposals a year. */
const MAX_LED_PER_YEAR = 3;

const CATEGORY_WEIGHTS: Readonly<Record<TownshipKind, readonly (readonly [ProposalCategory, number])[]>> = {
  [TownshipKind.SUBDISTRICT]: [
    [ProposalCategory.ECONOMY, 5],
    [ProposalCategory.URBAN_RURAL, 6],
    [ProposalCategory.AGRICULTURE, 1],
    [ProposalCategory.EDUCATION_SCIENCE_CULTURE_HEALTH, 5],
    [ProposalCategory.SOCIETY_LAW, 4],
    [ProposalCategory.OTHER, 2],
  ],
  [TownshipKind.TOWN]: [
    [ProposalCategory.ECONOMY, 3],
    [ProposalCategory.URBAN_RURAL, 4],
    [ProposalCategory.AGRICULTURE, 6],
    [ProposalCategory.EDUCATION_SCIENCE_CULTURE_HEALTH, 4],
    [ProposalCategory.SOCIETY_LAW, 3],
    [ProposalCategory.OTHER, 1],
  ],
  [TownshipKind.XIANG]: [
    [ProposalCategory.ECONOMY, 2],
    [ProposalCategory.URBAN_RURAL, 3],
    [ProposalCategory.AGRICULTURE, 8],
    [ProposalCategory.EDUCATION_SCIENCE_CULTURE_HEALTH, 4],
    [ProposalCategory.SOCIETY_LAW, 3],
    [ProposalCategory.OTHER, 1],
  ],
};

const PROPOSAL_CONTENT_TEMPLATES: readonly string[] = [
  '提案人深入{place}走访调研，听取群众和基层干部意见，认为{subject}事关群众切身利益。目前仍存在投入不足、机制不健全、推进较慢等问题。建议：一是加强统筹规划，明确责任单位和时间节点；二是加大资金投入，积极争取上级项目和政策支持；三是建立长效管理机制，定期督查通报。',
  '近年来，我县在{subject}方面做了大量工作，取得一定成效，但{place}群众反映仍较集中。主要问题：一是政策宣传不到位；二是部门之间协调配合不够；三是基层力量薄弱。建议有关部门深入开展专题调研，制定切实可行的工作方案，分年度推进落实。',
  '{place}群众多次向委员反映{subject}方面的问题。经实地察看，问题确实存在并影响群众生产生活。建议：一是尽快组织现场办公，摸清底数；二是将相关事项纳入年度民生实事；三是落实管护责任，防止问题反弹。',
  '围绕{subject}，提案人结合本职工作和在{place}的调研情况提出以下建议：一要强化组织领导，压实部门责任；二要创新工作方式，引导社会力量参与；三要完善考核评价，把群众满意度作为重要标准。',
];

/** Status weights for the proposals of a year beyond the guaranteed quota. */
function statusWeights(year: number, quality: number): [ProposalStatus, number][] {
  const S = ProposalStatus;
  const recent = year === DEMO_RECORD_YEARS[DEMO_RECORD_YEARS.length - 1];
  return [
    [S.CLOSED, (recent ? 32 : 60) * quality],
    [S.REPLIED, recent ? 18 : 6],
    [S.REHANDLING, recent ? 3 : 1.5],
    [S.ASSIGNED, recent ? 7 : 1.5],
    [S.ACCEPTED, recent ? 2.5 : 0.7],
    [S.SUBMITTED, recent ? 2 : 0.4],
    [S.REJECTED, 13 / quality],
    [S.CONVERTED, 8 / quality],
    [S.MERGED, 5],
  ];
}

const EARLY_STATUSES: readonly ProposalStatus[] = [ProposalStatus.SUBMITTED, ProposalStatus.ACCEPTED];
const ACCEPTED_STATUSES: readonly ProposalStatus[] = [
  ProposalStatus.ACCEPTED,
  ProposalStatus.ASSIGNED,
  ProposalStatus.REPLIED,
  ProposalStatus.REHANDLING,
  ProposalStatus.CLOSED,
];
const ASSIGNED_STATUSES: readonly ProposalStatus[] = [
  ProposalStatus.ASSIGNED,
  ProposalStatus.REPLIED,
  ProposalStatus.REHANDLING,
  ProposalStatus.CLOSED,
];

function orgProposers(county: DemoCounty): { kind: ProposerKind; name: string; weight: number }[] {
  const out: { kind: ProposerKind; name: string; weight: number }[] = [];
  for (const s of county.sectors) {
    if (s.category === SectorCategory.PARTY && s.name !== '中共' && s.name !== '无党派人士') {
      out.push({ kind: ProposerKind.PARTY_GROUP, name: `${s.name}${county.countyName}委员会`, weight: 3 });
    } else if (s.category === SectorCategory.PEOPLES_ORGANISATION) {
      const name = s.name === '共青团' ? `共青团${county.countyName}委员会` : `县${s.name}`;
      out.push({ kind: ProposerKind.PARTY_GROUP, name, weight: 1.5 });
    } else if (s.category === SectorCategory.SECTOR) {
      out.push({ kind: ProposerKind.SECTOR, name: `县政协${s.name}委员`, weight: 1 });
    }
  }
  for (const c of county.committees) out.push({ kind: ProposerKind.COMMITTEE, name: `县政协${c.name}`, weight: 2 });
  return out;
}

/** Every status at least twice in the year (early ones on late submissions), the rest by weight. */
function assignStatuses(rng: Random, ctx: Ctx, drafts: ProposalDraft[], year: number): void {
  const free = new Set(drafts.map((_d, i) => i));
  const byLateness = drafts
    .map((d, i) => ({ on: d.submittedOn, i }))
    .sort((a, b) => (a.on > b.on ? -1 : a.on < b.on ? 1 : a.i - b.i))
    .map(({ i }) => i);
  const take = (pool: number[]): number => {
    const candidates = pool.filter((i) => free.has(i));
    const i = rng.pick(candidates);
    free.delete(i);
    return i;
  };
  const lateThird = byLateness.slice(0, Math.max(6, Math.floor(drafts.length / 3)));
  const all = drafts.map((_d, i) => i);
  for (const status of Object.values(ProposalStatus)) {
    const pool = EARLY_STATUSES.includes(status) ? lateThird : all;
    for (let k = 0; k < 2; k++) (drafts[take(pool)] as ProposalDraft).status = status;
  }
  for (const i of free) {
    const d = drafts[i] as ProposalDraft;
    const quality = d.townshipIndex === null ? 1.2 : (ctx.profiles[d.townshipIndex] as TownshipProfile).quality;
    d.status = rng.pickWeighted(statusWeights(year, quality));
  }
}

/** The title with its place, unless the vocabulary title already names the county. */
function titleAt(baseTitle: string, place: string | null): string {
  return place && !baseTitle.includes('县') ? localizeTitle(baseTitle, place) : baseTitle;
}

function proposalContent(rng: Random, place: string | null, baseTitle: string): string {
  return rng
    .pick(PROPOSAL_CONTENT_TEMPLATES)
    .replace('{place}', place ?? '我县部分乡镇')
    .replace('{subject}', subjectOf(baseTitle));
}

function newDraft(rng: Random, partial: DraftInput): ProposalDraft {
  const title = titleAt(partial.baseTitle, partial.place);
  const content = proposalContent(rng, partial.place, partial.baseTitle);
  return {
    ...partial,
    title,
    content,
    status: ProposalStatus.SUBMITTED,
    isKey: false,
    chair: null,
    mergedInto: null,
    serialNo: 0,
    id: 0,
  };
}

/** Most at the plenary session (shortly before or during it), some between sessions; null when nobody is in office. */
function submissionFor(y: DraftingYear, ti: number): { sessionName: string | null; date: string } | null {
  const { rng, ctx, session } = y;
  if (rng.chance(0.8)) {
    const d = rng.date(addDays(session.opensOn, -15), addDays(session.opensOn, 3));
    if (membersOn(ctx, ti, d).length > 0) return { sessionName: session.name, date: d };
  }
  const date = dateWithMembers(rng, ctx, ti, addDays(session.opensOn, 20), `${y.year}-12-31`);
  return date === null ? null : { sessionName: null, date };
}

function pickLead(y: DraftingYear, pool: readonly number[]): number | null {
  const { ledCount, signedCount } = y;
  const leads = pool.filter((i) => (ledCount.get(i) ?? 0) < MAX_LED_PER_YEAR);
  if (leads.length === 0) return null;
  const lead = weightedSample(
    y.rng,
    leads,
    1,
    (i) => (y.ctx.diligence[i] as number) / (1 + 2 * (ledCount.get(i) ?? 0) + (signedCount.get(i) ?? 0)),
  )[0] as number;
  ledCount.set(lead, (ledCount.get(lead) ?? 0) + 1);
  return lead;
}

function pickCoSigners(y: DraftingYear, ti: number, lead: number, pool: readonly number[], date: string): number[] {
  const { rng, ctx, ledCount, signedCount } = y;
  if (!rng.chance(0.3)) return [];
  const others = pool.filter((i) => i !== lead);
  // Members who have not signed a proposal this year are asked first (四个一).
  const coSigners = weightedSample(
    rng,
    others,
    Math.min(others.length, rng.int(1, 4)),
    (i) => (ctx.diligence[i] as number) / (1 + 2 * ((ledCount.get(i) ?? 0) + (signedCount.get(i) ?? 0))),
  );
  for (const m of coSigners) signedCount.set(m, (signedCount.get(m) ?? 0) + 1);
  if (rng.chance(0.2)) {
    const outside = allMembersOn(ctx, date).filter((i) => (ctx.county.members[i] as DemoMember).townshipIndex !== ti);
    if (outside.length > 0) coSigners.push(rng.pick(outside));
  }
  return coSigners;
}

/** One member proposal of the township, or nothing when nobody can lead it. */
function memberDraft(y: DraftingYear, township: DemoTownship, ti: number, usedTitles: Set<string>): void {
  const { rng } = y;
  const submission = submissionFor(y, ti);
  if (submission === null) return;
  const pool = membersOn(y.ctx, ti, submission.date);
  const lead = pickLead(y, pool);
  if (lead === null) return;
  const coSigners = pickCoSigners(y, ti, lead, pool, submission.date);
  const category = rng.pickWeighted(CATEGORY_WEIGHTS[township.kind]);
  const titles = PROPOSAL_TITLES[category].filter((t) => !usedTitles.has(t));
  const baseTitle = rng.pick(titles.length > 0 ? titles : PROPOSAL_TITLES[category]);
  usedTitles.add(baseTitle);
  const place = rng.chance(0.5)
    ? township.name
    : rng.chance(0.4)
      ? `${township.name}${rng.pick(township.villages)}`
      : null;
  y.drafts.push(
    newDraft(rng, {
      year: y.year,
      townshipIndex: ti,
      session: submission.sessionName,
      submittedOn: submission.date,
      category,
      baseTitle,
      place,
      proposerKind: coSigners.length > 0 ? ProposerKind.JOINT : ProposerKind.MEMBER,
      lead,
      orgName: null,
      coSigners,
    }),
  );
}

function townshipDrafts(y: DraftingYear): void {
  y.ctx.county.townships.forEach((township, ti) => {
    const profile = y.ctx.profiles[ti] as TownshipProfile;
    const n = clamp(Math.round(10 * profile.vigour * uniform(y.rng, 0.85, 1.15)), 5, 16);
    const usedTitles = new Set<string>();
    for (let k = 0; k < n; k++) memberDraft(y, township, ti, usedTitles);
  });
}

/** County-level proposals of parties, groups, committees and sectors (no township). */
function orgDrafts(y: DraftingYear): void {
  const { rng, session, year } = y;
  const orgs = orgProposers(y.ctx.county);
  const orgCount = rng.int(12, 18);
  for (let k = 0; k < orgCount; k++) {
    const org = rng.pickWeighted(orgs.map((o): [typeof o, number] => [o, o.weight]));
    const atSession = rng.chance(0.9);
    const date = atSession
      ? rng.date(addDays(session.opensOn, -20), addDays(session.opensOn, 2))
      : rng.date(addDays(session.opensOn, 30), `${year}-11-30`);
    const category = rng.pickWeighted(CATEGORY_WEIGHTS[TownshipKind.TOWN]);
    const baseTitle = rng.pick(PROPOSAL_TITLES[category]);
    y.drafts.push(
      newDraft(rng, {
        year,
        townshipIndex: null,
        session: atSession ? session.name : null,
        submittedOn: date,
        category,
        baseTitle,
        place: null,
        proposerKind: org.kind,
        lead: null,
        orgName: org.name,
        coSigners: [],
      }),
    );
  }
}

/** Serial numbers in order of submission; the drafts in that order. */
function numberBySubmission(drafts: readonly ProposalDraft[]): ProposalDraft[] {
  const order = drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.submittedOn < b.d.submittedOn ? -1 : a.d.submittedOn > b.d.submittedOn ? 1 : a.i - b.i));
  order.forEach(({ d }, k) => (d.serialNo = k + 1));
  return order.map(({ d }) => d);
}

/** 并案: into an accepted proposal of the same year, preferably of the same category. */
function mergeDrafts(rng: Random, sorted: readonly ProposalDraft[]): void {
  const accepted = sorted.filter((d) => ACCEPTED_STATUSES.includes(d.status));
  for (const d of sorted) {
    if (d.status !== ProposalStatus.MERGED) continue;
    const same = accepted.filter((a) => a.category === d.category && a !== d);
    const target = rng.pick(same.length > 0 ? same : accepted);
    d.mergedInto = target;
    d.category = target.category;
    d.baseTitle = target.baseTitle;
    d.title = titleAt(d.baseTitle, d.place);
    d.content = proposalContent(rng, d.place, d.baseTitle);
  }
}

/** 重点提案: a few assigned ones a year, each supervised by a chair. */
function markKeyProposals(rng: Random, sorted: readonly ProposalDraft[]): void {
  const keyPool = sorted.filter((d) => ASSIGNED_STATUSES.includes(d.status) && d.session !== null);
  const keys = rng.sample(keyPool, Math.min(keyPool.length, rng.int(3, 6)));
  keys.forEach((d, k) => {
    d.isKey = true;
    d.chair = (DEMO_CHAIRS[k % DEMO_CHAIRS.length] as (typeof DEMO_CHAIRS)[number]).name;
  });
}

export function draftProposals(ctx: Ctx, seed: number, year: number): ProposalDraft[] {
  const y: DraftingYear = {
    rng: createRandom(deriveSeed(seed, `records/proposals/${year}`)),
    ctx,
    year,
    session: sessionOf(year),
    drafts: [],
    ledCount: new Map<number, number>(),
    signedCount: new Map<number, number>(),
  };
  townshipDrafts(y);
  orgDrafts(y);
  assignStatuses(y.rng, ctx, y.drafts, year);
  const sorted = numberBySubmission(y.drafts);
  mergeDrafts(y.rng, sorted);
  markKeyProposals(y.rng, sorted);
  return sorted;
}
