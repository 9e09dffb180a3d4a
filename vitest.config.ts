// Test projects, by where the code under test runs:
//  unit        main/shared/preload code under Node (electron mocked where needed)
//  integration the Paxos client, desk core and simulator over real loopback HTTP
//  renderer    React components in jsdom
//  e2e         the built renderer in Debian's Chromium, bound to the real handler table
//  keychain    the OS keychain adapter against a real Secret Service (run inside dbus-run-session)
//  security    Electronegativity on the sources and built bundles, and the security baseline
//  heavy       long invariant runs: the adversarial model of issue 11 (2,000 steps)
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: { name: 'renderer', include: ['test/renderer/**/*.test.tsx'], environment: 'jsdom' },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'security',
          include: ['test/security/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        // Long invariant runs: the adversarial model (issue 11) and crash tests.
        test: {
          name: 'heavy',
          include: ['test/heavy/**/*.test.ts'],
          environment: 'node',
          testTimeout: 600_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'keychain',
          include: ['test/keychain/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
