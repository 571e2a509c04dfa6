// Typed documents for the console: every graphql(`…`) in src is checked against the server's
// emitted schema and its result and variable types are generated into src/gql. `npm run build`
// runs this first, so a schema change that breaks a document fails the build.
import { readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import * as domain from '@cppcc/domain';

const SCHEMA = '../server/schema.graphql';
const schemaEnums = new Set([...readFileSync(SCHEMA, 'utf8').matchAll(/^enum (\w+)/gm)].map((m) => m[1]));

// Schema enums that the domain package declares: the generated types use the domain's enums,
// so console code compares and passes one type. (ProposalReviewDecision is the domain's ReviewDecision.)
const DOMAIN_ENUMS: Record<string, string> = { ProposalReviewDecision: '@cppcc/domain#ReviewDecision' };
for (const [name, value] of Object.entries(domain)) {
  if (
    schemaEnums.has(name) &&
    value &&
    typeof value === 'object' &&
    Object.values(value).every((v) => typeof v === 'string')
  )
    DOMAIN_ENUMS[name] = `@cppcc/domain#${name}`;
}

const config: CodegenConfig = {
  schema: SCHEMA,
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  hooks: { afterAllFileWrite: ['node scripts/codegen-no-casts.mjs'] },
  generates: {
    'src/gql/': {
      preset: 'client',
      // Fragments only name selections the data provider reuses; they are not masked.
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents are strings sent as they are: no GraphQL runtime in the bundle.
        documentMode: 'string',
        useTypeImports: true,
        // Variables are typed as sent: a list is a list.
        arrayInputCoercion: false,
        enumsAsTypes: true,
        enumValues: DOMAIN_ENUMS,
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string', ID: 'string' },
      },
    },
  },
};

export default config;
