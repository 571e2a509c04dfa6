import type { DatabaseTarget } from '../core/database-url';
import { openDataSource, type DataSourceBundle } from '../core/data-source';
import { DEFAULT_TIME_BOUNDS, type TimeBounds } from '../core/time-bounds';
import { ENTITIES } from './entities';

/** The product's database: the data source over every module's entities. */
export function openDatabase(
  target: DatabaseTarget,
  bounds: TimeBounds = DEFAULT_TIME_BOUNDS,
): Promise<DataSourceBundle> {
  return openDataSource(target, ENTITIES, bounds);
}
