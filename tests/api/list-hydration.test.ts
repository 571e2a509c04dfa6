import { expect, it } from 'vitest';
import { hydrate } from '@cppcc/server/src/core/hydrate';
import { describeOnDatabases } from '../support/api';

describeOnDatabases('list pages hydrated from raw rows', (api) => {
  it('match what TypeORM loads for every entity, value for value and class for class', async () => {
    const { db } = api().server;
    let compared = 0;
    for (const metadata of db.entityMetadatas) {
      expect(metadata.lazyRelations, `${metadata.name} has lazy relations, which hydrate does not set up`).toHaveLength(
        0,
      );
      // Ordered by the primary key, whatever its columns (login_throttle's is username + address).
      const qb = () => {
        const q = db.getRepository(metadata.target).createQueryBuilder('x').limit(40);
        for (const key of metadata.primaryColumns) q.addOrderBy(`x.${key.propertyName}`, 'ASC');
        return q;
      };
      const [raw, loaded] = await Promise.all([qb().getRawMany<Record<string, unknown>>(), qb().getMany()]);
      const hydrated = hydrate(db, metadata, 'x', raw);
      expect(hydrated, metadata.name).toEqual(loaded);
      for (const [i, entity] of hydrated.entries()) {
        expect(Object.getPrototypeOf(entity), metadata.name).toBe(Object.getPrototypeOf(loaded[i]));
        // same values and the same JS types (Date, number, string, boolean, null)
        for (const column of metadata.columns) {
          const [a, b] = [entity[column.propertyName], loaded[i][column.propertyName]];
          expect(Object.prototype.toString.call(a), `${metadata.name}.${column.propertyName}`).toBe(
            Object.prototype.toString.call(b),
          );
        }
      }
      compared += hydrated.length;
    }
    expect(compared).toBeGreaterThan(500); // the demo county fills most tables
  });
});
