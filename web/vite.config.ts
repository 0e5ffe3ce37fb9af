import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

/** Three pages, built into dist/web and served by the API server: no CDN, no external fonts. */
export default defineConfig({
  root: here('.'),
  base: '/',
  build: {
    outDir: here('../dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: {
        explorer: here('index.html'),
        dashboard: here('dashboard.html'),
        graphiql: here('graphiql.html'),
      },
    },
  },
});
