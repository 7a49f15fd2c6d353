import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The dashboard builds to dist/web, which `parley serve` serves; everything is bundled
// from npm at build time, so the page loads nothing from elsewhere at run time.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
