/**
 * Five years (2021–2025) of demo work records for the demo county, as plain rows.
 *
 * `buildDemoRecords(county, seed)` is pure and deterministic: the same county and seed give
 * deep-equal output on every run and machine (random.ts; no clock, no Math.random). Every row
 * carries its explicit id (index + 1 in its list) and foreign keys as ids, consistent with
 * load-demo.ts, which inserts townships, members and handling units with id = index + 1.
 *
 * What is generated (see docs/domain.md / docs/metrics.md for the meaning):
 * - proposals with signers, assigned units and a full event history; every ProposalStatus in
 *   every year, each row consistent with its state and every step checked against the
 *   state machine (nextProposalStatus);
 * - activities of every kind with participants and attendance, plus county activities
 *   (one plenary session a year attended by the members active at its date);
 * - opinion reports with submitters, adoption levels, leader instructions and issues;
 * - two supervision targets a year with phases, evaluation figures and rectification items,
 *   and a few special supervisors;
 * - a work plan per township and year, the duty rules (四个一 + plenary attendance) and duty
 *   reports.
 *
 * Townships differ on purpose: each gets a fixed "vigour" (how much it does), an attendance
 * level and a quality level (how much of its work is accepted/adopted), so that county
 * comparisons and ranks show clear differences. Members get a diligence factor (members the
 * county later revoked for not taking part are the least diligent).
 *
 * Each part draws from its own random stream (deriveSeed(seed, part/year)).
 *
 * The demo county's members of the previous term (第十届) are few: in 2021 most townships have
 * only a handful of members (those whose term ended in December 2021, and the new members who
 * joined in its last days), so 2021 records lean on them. Records always name members who were
 * in office on the record's date.
 */
import type { DemoCounty } from './county/model';
import { buildActivities } from './records/activities';
import { buildClaims } from './records/claims';
import { buildContext } from './records/context';
import { buildDutyReports, buildDutyRules, dutiesDone } from './records/duties';
import { addConvertedReports, buildOpinionReports } from './records/opinions';
import { buildPlans, planRows } from './records/plans';
import { buildProposals } from './records/proposals';
import type { DemoRecords } from './records/rows';
import { buildSupervision } from './records/supervision';

export { DEMO_CHAIRS, DEMO_RECORD_YEARS, DEMO_TODAY } from './records/constants';
export type { DemoRecords } from './records/rows';

/** All demo records for the county (default: the county's own seed). Pure. */
export function buildDemoRecords(county: DemoCounty, seed: number = county.seed): DemoRecords {
  const ctx = buildContext(county, seed);
  const proposals = buildProposals(ctx, seed);
  const planDrafts = buildPlans(ctx, seed);
  const { activities, participants } = buildActivities(ctx, seed, planDrafts);
  const opinions = buildOpinionReports(ctx, seed);
  addConvertedReports(proposals.proposals, proposals.signers, opinions);
  const supervision = buildSupervision(ctx, seed);
  const plans = planRows(ctx, planDrafts);
  const claims = buildClaims(county, seed, opinions.reports, activities);
  return {
    proposals: proposals.proposals,
    proposalSigners: proposals.signers,
    proposalUnits: proposals.units,
    proposalEvents: proposals.events,
    proposalReplies: proposals.replies,
    proposalContacts: proposals.contacts,
    proposalUnitRequests: proposals.requests,
    activities,
    activityParticipants: participants,
    opinionReports: opinions.reports,
    opinionSubmitters: opinions.submitters,
    supervisionTargets: supervision.targets,
    rectificationItems: supervision.items,
    specialSupervisors: supervision.supervisors,
    workPlans: plans.plans,
    workPlanItems: plans.items,
    dutyRules: buildDutyRules(),
    dutyReports: buildDutyReports(
      ctx,
      seed,
      dutiesDone({
        proposals: proposals.proposals,
        proposalSigners: proposals.signers,
        opinionReports: opinions.reports,
        opinionSubmitters: opinions.submitters,
        activities,
        activityParticipants: participants,
      }),
    ),
    claims,
  };
}

/** Row counts per table, for logs and reports. */
export function countDemoRecords(records: DemoRecords): Record<keyof DemoRecords, number> {
  const out = {} as Record<keyof DemoRecords, number>;
  for (const key of Object.keys(records) as (keyof DemoRecords)[]) out[key] = records[key].length;
  return out;
}
