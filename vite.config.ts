// One build for the three Electron targets (electron-vite reads this file with `-c`).
// main: ESM for Node; preload: CommonJS, because a sandboxed preload cannot load ES modules;
// renderer: a static React bundle loaded from disk (never a dev server in a packaged build).
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      lib: { entry: resolve(__dirname, 'main/index.ts'), formats: ['es'] },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Bundle zod etc. into the preload: a sandboxed preload can only require `electron`.
      externalizeDeps: false,
      lib: { entry: resolve(__dirname, 'preload/index.ts'), formats: ['cjs'] },
      rollupOptions: {
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
