import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { corpusPlugin } from './scripts/corpus-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact(), corpusPlugin()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'core', include: ['tests/core/**/*.test.ts', 'tests/shared/**/*.test.ts', 'tests/scripts/**/*.test.ts', 'tests/structure/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['tests/page/**/*.test.ts', 'tests/components/**/*.test.tsx', 'tests/lib/**/*.test.ts', 'tests/entrypoints/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['tests/setup-english.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts', 'tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // One browser at a time: two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
