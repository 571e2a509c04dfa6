import type { EntityManager } from 'typeorm';
import { Role, isSealed, yearState } from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { apiError } from '../core/errors';
import { isPrincipal } from '../core/viewer';
import { addWriteGuard, type GuardedWrite } from '../core/write-guards';
import { YearCorrection, YearEdition, YearSnapshotPart, latestEdition } from './year-edition.entity';
import { Objection } from './objection.entity';

// A record belongs to the year in its `year` column (activities, proposals, opinion reports,
// plans, duty reports, supervision, claims); a change of a member's dated history touches the
// years it names (WritePlan.years). Writing one of a closed year — as it was or as it
// becomes — is refused, unless a county admin makes it as a post-close correction with a reason.
// Objections are the review's own records: the county may still answer one it closed over.
const OWN_TABLES = new Set<unknown>([YearEdition, YearSnapshotPart, YearCorrection, Objection]);

const yearOf = (row: object | null): number | null => {
  const year = (row as { year?: unknown } | null)?.year;
  return typeof year === 'number' ? year : null;
};

async function sealedEdition(manager: EntityManager, year: number): Promise<YearEdition | null> {
  const latest = await latestEdition(manager, year);
  return latest && isSealed(yearState(latest)) ? latest : null;
}

async function sealedYearGuard(ctx: GraphQLContext, manager: EntityManager, write: GuardedWrite): Promise<void> {
  if (OWN_TABLES.has(write.entity)) return;
  const years = [
    ...new Set(
      [yearOf(write.before), yearOf(write.after), ...(write.years ?? [])].filter((y): y is number => y !== null),
    ),
  ];
  for (const year of years) {
    const sealed = await sealedEdition(manager, year);
    if (!sealed) continue;
    const viewer = ctx.viewer;
    const admin = isPrincipal(viewer) && viewer.role === Role.COUNTY_ADMIN;
    if (!admin || !ctx.correctionReason)
      throw apiError(
        'YEAR_CLOSED',
        admin
          ? `${year}年度已封账：如需更正，请填写更正理由，作为封账后更正提交`
          : `${year}年度已封账，该年度的记录不能再修改；如需更正，请联系县政协办公室`,
        { year, edition: sealed.edition },
      );
    await manager.getRepository(YearCorrection).insert({
      year,
      edition: sealed.edition,
      entityType: write.entityType,
      entityId: write.entityId,
      action: write.action,
      reason: ctx.correctionReason,
      byName: viewer.name,
      at: new Date(),
    });
  }
}

addWriteGuard(sealedYearGuard);
