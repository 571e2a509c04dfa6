import { defineConfig } from 'vitest/config';
import swc from 'unplugin-swc';
import { createRequire } from 'node:module';

// type-graphql and TypeORM need emitDecoratorMetadata, which esbuild does not emit: compile with SWC.
const decorators = () => swc.vite({ tsconfigFile: 'tsconfig.base.json', module: { type: 'es6' } });
// One graphql copy: test files would otherwise load graphql's ESM build while type-graphql loads the CJS one.
const graphqlCjs = createRequire(import.meta.url).resolve('graphql/index.js');
const alias = { graphql: graphqlCjs };

export default defineConfig({
  test: {
    // 2 cores; every API file starts its own servers on SQLite and MySQL.
    maxWorkers: 2,
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      'apps/admin',
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts'],
          exclude: ['packages/demo/**', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        // The repository's own rules: lint config, doc citations.
        test: { name: 'repo', include: ['tests/repo/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
      {
        plugins: [decorators()],
        resolve: { alias },
        // The demo county's tests load it through the server's data source.
        test: {
          name: 'server',
          include: ['apps/server/src/**/*.test.ts', 'packages/demo/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        plugins: [decorators()],
        resolve: { alias },
        test: {
          name: 'api',
          include: ['tests/api/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        plugins: [decorators()],
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
