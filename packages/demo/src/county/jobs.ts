/** A member's work unit and title, without handing one head title to two people. */
import { TownshipKind } from '@cppcc/domain';
import type { Random } from '../random';
import { fill, type JobContext, type JobTemplate } from './workplaces';

/** Titles already given: head titles once per unit, staff titles at most STAFF_PER_UNIT times. */
export interface JobRegistry {
  readonly heads: Set<string>;
  readonly staff: Map<string, number>;
}

const STAFF_PER_UNIT = 4;
const JOB_ATTEMPTS = 12;

/**
 * A work unit and title. Tries a few random workplaces until one has a free head title or room
 * for one more staff member; after that, accepts a staff title anyway (never fails).
 */
export function pickJob(
  rng: Random,
  templates: readonly JobTemplate[],
  ctx: JobContext,
  registry: JobRegistry,
): { workUnit: string; title: string } {
  const urban = ctx.township.kind === TownshipKind.SUBDISTRICT;
  const fitting = templates.filter((t) => t.where === undefined || (t.where === 'urban') === urban);
  const candidates = fitting.length > 0 ? fitting : templates;
  let fallback: { workUnit: string; title: string } | null = null;
  for (let attempt = 0; attempt < JOB_ATTEMPTS; attempt++) {
    const template = rng.pick(candidates);
    const village = rng.pick(ctx.township.villages);
    const workUnit = fill(rng, template.unit, ctx, village);
    const freeHeads = template.heads
      .map((h) => fill(rng, h, ctx, village))
      .filter((h) => !registry.heads.has(`${workUnit}|${h}`));
    if (freeHeads.length > 0 && (template.staff.length === 0 || rng.chance(0.5))) {
      const title = rng.pick(freeHeads);
      registry.heads.add(`${workUnit}|${title}`);
      return { workUnit, title };
    }
    if (template.staff.length > 0) {
      const title = fill(rng, rng.pick(template.staff), ctx, village);
      const key = `${workUnit}|${title}`;
      const n = registry.staff.get(key) ?? 0;
      if (n < STAFF_PER_UNIT) {
        registry.staff.set(key, n + 1);
        return { workUnit, title };
      }
      fallback ??= { workUnit, title };
    }
  }
  const chosen = fallback ?? {
    workUnit: fill(rng, (candidates[0] as JobTemplate).unit, ctx, rng.pick(ctx.township.villages)),
    title: '工作人员',
  };
  const key = `${chosen.workUnit}|${chosen.title}`;
  registry.staff.set(key, (registry.staff.get(key) ?? 0) + 1);
  return chosen;
}
