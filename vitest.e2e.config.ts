import { defineConfig } from 'vitest/config';

// Real-browser tests (npm run test:e2e): headless Chromium driven by playwright-core against the
// built site in dist/, which tests/e2e/global-setup.ts serves with Vite's preview server.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    // One browser-heavy file at a time: frame-rate and timing checks must not compete for the CPU.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
