import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// Workspace packages resolve to their TypeScript sources, so tests never need a build first.
const alias = [
  { find: /^@ztna\/proto$/, replacement: src('./proto/src/index.ts') },
  { find: /^@ztna\/service-kit$/, replacement: src('./packages/service-kit/src/index.ts') },
  { find: /^@ztna\/ems-mock$/, replacement: src('./services/ems-mock/src/index.ts') },
  { find: /^@ztna\/gateway$/, replacement: src('./services/gateway/src/index.ts') },
  { find: /^@ztna\/gateway\/testing$/, replacement: src('./services/gateway/testing/index.ts') },
  { find: /^@ztna\/test$/, replacement: src('./test/support/index.ts') },
  { find: /^@ztna\/testkit$/, replacement: src('./packages/testkit/src/index.ts') },
];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'proto/src/**/*.test.ts', 'services/*/src/**/*.test.ts'],
          testTimeout: 5_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['test/support/**/*.test.ts', 'test/integration/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          sequence: { concurrent: false },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'cluster',
          include: ['test/cluster/**/*.test.ts'],
          testTimeout: 110_000,
          hookTimeout: 60_000,
          sequence: { concurrent: false },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'chaos',
          include: ['test/chaos/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          sequence: { concurrent: false },
        },
      },
      {
        // Packs the workspaces and installs the tarballs into a temporary project (npm, minutes at most).
        resolve: { alias },
        test: {
          name: 'packaging',
          include: ['test/packaging/**/*.test.ts'],
          testTimeout: 360_000,
        },
      },
    ],
  },
});
