/** Work plans per township and year (they steer the activities generated), and their rows. */
import { LEGACY_PLAN_KIND_METRICS, type PlanMetricKey } from '@cppcc/analytics';
import { PlanItemKind } from '@cppcc/domain';
import type { DemoTownship } from '../county/model';
import { createRandom, deriveSeed } from '../random';
import { DEMO_RECORD_YEARS } from './constants';
import type { Ctx, TownshipProfile } from './context';
import { partyCommitteeOf } from './helpers';
import type { WorkPlanItemRow, WorkPlanRow } from './rows';

const PLAN_ITEM_DESCRIPTIONS: Readonly<Record<PlanItemKind, (target: number) => string>> = {
  [PlanItemKind.STUDY]: (n) => (n === 4 ? '每季度组织委员集中学习一次' : `全年组织委员集中学习不少于${n}次`),
  [PlanItemKind.MEETING]: (n) => (n === 4 ? '每季度召开一次政协工作例会' : `全年召开工作例会和座谈会不少于${n}次`),
  [PlanItemKind.CONSULTATION]: (n) => `开展村头、田埂、板凳等协商活动不少于${n}次`,
  [PlanItemKind.INSPECTION]: (n) => `组织委员视察不少于${cn(n)}次`,
  [PlanItemKind.RESEARCH]: (n) => `形成调研报告不少于${cn(n)}篇`,
  [PlanItemKind.VISIT]: (n) => `开展进村入组听取社情民意和委员走访活动不少于${n}次`,
  [PlanItemKind.CHARITY]: (n) =>
    n === 1 ? '春节前后组织委员走访慰问困难群众' : `开展走访慰问、结对帮扶等公益活动不少于${n}次`,
  [PlanItemKind.PUBLICITY]: (n) => `在县级以上媒体宣传报道政协工作不少于${n}篇`,
  [PlanItemKind.CULTURAL_HISTORY]: (n) => `征集报送文史资料不少于${n}次`,
  [PlanItemKind.TRAINING]: (n) => `组织委员参加履职培训不少于${n}次`,
  [PlanItemKind.OPINION_REPORT]: (n) => `报送社情民意信息不少于${n}篇`,
};

const CN_DIGITS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
function cn(n: number): string {
  return CN_DIGITS[n] ?? String(n);
}

export interface PlanDraft {
  townshipIndex: number;
  year: number;
  items: { kind: PlanItemKind; target: number; quarter: number | null }[];
}

/** The metric a demo draft's kind targets: the legacy mapping, and 协商 items are the villages' 微协商. */
const DEMO_PLAN_METRICS: Readonly<Partial<Record<PlanItemKind, PlanMetricKey>>> = {
  ...LEGACY_PLAN_KIND_METRICS,
  [PlanItemKind.CONSULTATION]: 'microConsultations',
};

export function buildPlans(ctx: Ctx, seed: number): PlanDraft[] {
  const plans: PlanDraft[] = [];
  for (const year of DEMO_RECORD_YEARS) {
    const rng = createRandom(deriveSeed(seed, `records/plans/${year}`));
    ctx.county.townships.forEach((_t, ti) => {
      const p = ctx.profiles[ti] as TownshipProfile;
      const items: PlanDraft['items'] = [
        { kind: PlanItemKind.STUDY, target: p.ambition && rng.chance(0.5) ? 6 : 4, quarter: null },
        { kind: PlanItemKind.OPINION_REPORT, target: p.ambition ? rng.pick([8, 10]) : 6, quarter: null },
        { kind: PlanItemKind.INSPECTION, target: p.ambition && rng.chance(0.5) ? 3 : 2, quarter: null },
        { kind: PlanItemKind.RESEARCH, target: 2, quarter: null },
      ];
      const extras: PlanDraft['items'] = [
        { kind: PlanItemKind.CONSULTATION, target: rng.pick([4, 6, 8]), quarter: null },
        { kind: PlanItemKind.VISIT, target: 4, quarter: null },
        { kind: PlanItemKind.MEETING, target: 4, quarter: null },
        { kind: PlanItemKind.PUBLICITY, target: rng.pick([2, 3, 4]), quarter: null },
        { kind: PlanItemKind.CHARITY, target: 1, quarter: 1 },
        { kind: PlanItemKind.CULTURAL_HISTORY, target: 1, quarter: null },
      ];
      items.push(...rng.sample(extras, rng.int(0, 2)));
      plans.push({ townshipIndex: ti, year, items });
    });
  }
  return plans;
}

/** Work plans with their items; ids follow (year, township). */
export function planRows(ctx: Ctx, plans: PlanDraft[]): { plans: WorkPlanRow[]; items: WorkPlanItemRow[] } {
  const rows: WorkPlanRow[] = [];
  const items: WorkPlanItemRow[] = [];
  plans.forEach((p, i) => {
    const township = ctx.county.townships[p.townshipIndex] as DemoTownship;
    rows.push({
      id: i + 1,
      townshipId: p.townshipIndex + 1,
      year: p.year,
      title: `${township.bodyName}${p.year}年度工作计划`,
      notes: `围绕${partyCommitteeOf(township)}中心工作，组织委员学习、协商、视察、调研，报送社情民意信息，落实委员“四个一”履职要求。`,
    });
    for (const item of p.items) {
      // Items name the catalog metric that counts them; drafts without one (公益慰问, 文史资料)
      // still shape the activities generated but are no plan item.
      const metricKey = DEMO_PLAN_METRICS[item.kind];
      if (!metricKey) continue;
      items.push({
        id: items.length + 1,
        planId: i + 1,
        metricKey,
        kind: null,
        target: item.target,
        quarter: item.quarter,
        description: PLAN_ITEM_DESCRIPTIONS[item.kind](item.target),
      });
    }
  });
  return { plans: rows, items };
}
