import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const api = process.env.API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  // Relative asset paths: the server serves dist/ at `/`, and the hash router needs no rewrites.
  base: './',
  resolve: {
    // Compile the domain package's TypeScript source directly (its dist is CommonJS).
    alias: {
      '@cppcc/domain': fileURLToPath(new URL('../../packages/domain/src/index.ts', import.meta.url)),
      '@cppcc/analytics': fileURLToPath(new URL('../../packages/analytics/src/index.ts', import.meta.url)),
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, changeOrigin: true },
      '/export': { target: api, changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      '/graphql': { target: api, changeOrigin: true },
      '/export': { target: api, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: {
        // A resource's lazily loaded views.ts is named after its folder (proposals-views-….js).
        chunkFileNames: (chunk) => {
          const folder = chunk.facadeModuleId?.match(/\/src\/([^/]+)\/views\.ts$/)?.[1];
          return folder ? `assets/${folder}-views-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
});
