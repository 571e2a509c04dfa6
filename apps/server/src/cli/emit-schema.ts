import 'reflect-metadata';
import fs from 'node:fs';
import { getSchema, printApiSchema, SCHEMA_FILE } from '../app/schema';

// npm run schema: writes apps/server/schema.graphql; commit it, a test fails when it drifts.
getSchema()
  .then((schema) => {
    fs.writeFileSync(SCHEMA_FILE, printApiSchema(schema));
    console.log(`wrote ${SCHEMA_FILE}`);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
