import type { DataSource } from 'typeorm';
import { userViewer } from '../auth/login';
import { createContext, type GraphQLContext } from '../core/context';
import { activityService } from '../activities/activity.service';
import { raiseObjection } from '../year-close/objection.service';
import { closeYear, openYearReview } from '../year-close/year-close.service';
import { User } from '../users/user.entity';

/**
 * What a seed (the demo county) may do through the server's own services, after loading its
 * rows: act as one of its users, review and close years, raise an objection, correct a closed
 * year. Handed to the seed by the server copy that opened the database, so the seed never loads
 * a second copy of the entities.
 */
export interface SeedTools {
  /** A context acting as the user; `correctionReason` makes writes to closed years post-close corrections. */
  as(username: string, correctionReason?: string): Promise<GraphQLContext>;
  openYearReview: typeof openYearReview;
  closeYear: typeof closeYear;
  raiseObjection: typeof raiseObjection;
  createActivity: typeof activityService.create;
}

// Seeding signs no tokens: the settings only fill the context.
const SEED_SETTINGS = { jwtSecret: 'seed', production: false, tokenTtlSeconds: 0 };

export function seedTools(db: DataSource): SeedTools {
  return {
    async as(username, correctionReason) {
      const user = await db.getRepository(User).findOneByOrFail({ username });
      return createContext(db, userViewer(user), SEED_SETTINGS, `seed-${username}`, null, correctionReason);
    },
    openYearReview,
    closeYear,
    raiseObjection,
    createActivity: (ctx, input) => activityService.create(ctx, input),
  };
}
