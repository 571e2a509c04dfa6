import 'reflect-metadata';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getSchema, printApiSchema, SCHEMA_FILE } from './schema';

describe('committed schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema` and commit after an API change)', async () => {
    const printed = printApiSchema(await getSchema());
    const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    expect(committed, 'apps/server/schema.graphql is out of date: run `npm run schema`').toBe(printed);
  });

  it('holds the registry types of docs/api.md', async () => {
    const text = fs.readFileSync(SCHEMA_FILE, 'utf8');
    for (const type of ['Township', 'Sector', 'Committee', 'Member', 'HandlingUnit']) {
      expect(text).toContain(`type ${type} {`);
      expect(text).toContain(`type ${type}List {`);
    }
  });
});
