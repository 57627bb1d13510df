import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit and component tests (npm run test:unit). Real-browser tests live in tests/e2e and run
// with vitest.e2e.config.ts instead.
export default defineConfig({
  plugins: [react()],
  test: {
    // The theory tests simulate hundreds of thousands of customers on purpose (honest
    // tolerances); on a loaded 2-core machine that can take well over vitest's 5 s default.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'tests/ui/**', 'tests/state/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/ui/**/*.test.{ts,tsx}', 'tests/state/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup-dom.ts'],
        },
      },
    ],
  },
});
