import { expect, it } from 'vitest';
import { describeOnDatabases } from '../support/api';

describeOnDatabases(
  'migrations',
  (api) => {
    it('leave nothing for TypeORM to change: entities and migrations agree', async () => {
      const pending = await api().server.db.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    });

    it('are all recorded as applied and re-running applies none', async () => {
      const db = api().server.db;
      expect(await db.showMigrations()).toBe(false);
      expect(await db.runMigrations()).toEqual([]);
    });

    it('store Chinese text unchanged', async () => {
      const name = '𠮷测试·阿依古丽';
      const { createSector } = await api().ok(
        `mutation($n: String!) { createSector(input: { name: $n, category: INVITED }) { name } }`,
        { n: name },
      );
      expect(createSector.name).toBe(name);
    });
  },
  { demo: false },
);
