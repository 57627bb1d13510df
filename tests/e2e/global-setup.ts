/**
 * Global setup for the real-browser tests: serves the built site (dist/) with Vite's preview
 * server on a free localhost port and hands its URL to the tests as `inject('baseUrl')`
 * (tests/e2e/browser.ts wraps this). Set E2E_BASE_URL to test an already running server instead.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the served app, ending in '/'. */
    baseUrl: string;
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const external = process.env.E2E_BASE_URL;
  if (external) {
    project.provide('baseUrl', external.endsWith('/') ? external : `${external}/`);
    return;
  }
  if (!existsSync(path.join(root, 'dist', 'index.html'))) {
    throw new Error(
      'dist/index.html not found: build the app first (`npm run test:e2e` runs `vite build` before the tests).',
    );
  }
  const host = '127.0.0.1';
  const port = await freePort();
  const server = await preview({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    preview: { host, port, strictPort: true, open: false },
  });
  project.provide('baseUrl', `http://${host}:${port}/`);
  return async () => {
    await server.close();
  };
}
