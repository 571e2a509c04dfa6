// Unit tests of the console's pure modules (permissions, data provider mapping, messages): the root
// vitest config runs them as its `admin` project; the aliases read the packages' sources, not their dist.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@cppcc/domain': fileURLToPath(new URL('../../packages/domain/src/index.ts', import.meta.url)),
      '@cppcc/analytics': fileURLToPath(new URL('../../packages/analytics/src/index.ts', import.meta.url)),
    },
  },
  test: { name: 'admin', include: ['src/**/*.test.ts'], environment: 'node' },
});
