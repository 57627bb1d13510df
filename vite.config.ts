import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy, securityHeaders } from './content-security-policy.ts';

const ENTRY = fileURLToPath(new URL('./src/ui/main.tsx', import.meta.url));

interface GraphInfo {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/**
 * Everything the entry imports statically goes into one chunk beside it. Left to itself, the
 * bundler splits every module that a lazy chunk shares with the first page into a chunk of its
 * own (the entry awaits at top level, so lazy chunks may not import from it), and each split costs
 * gzip bytes of the initial JavaScript budget. Lazy chunks are untouched.
 */
function initialChunk(): (id: string, ctx: GraphInfo) => string | null {
  let initial: Set<string> | null = null;
  return (id, ctx) => {
    if (!initial) {
      initial = new Set();
      const stack = [ENTRY];
      while (stack.length) {
        const next = stack.pop()!;
        if (initial.has(next)) continue;
        initial.add(next);
        stack.push(...(ctx.getModuleInfo(next)?.importedIds ?? []));
      }
      initial.delete(ENTRY);
    }
    return initial.has(id) ? 'app' : null;
  };
}

/**
 * Installable and offline (docs/classroom.md): a web app manifest with icons generated at build
 * from public/favicon.svg, and a Workbox service worker that precaches every built file. No
 * skipWaiting: a new version waits until every Flowscope tab is closed and is used on the next
 * visit, so an open lesson is never reloaded under the class. The app registers the worker itself
 * (src/ui/offline/register-offline.ts), so no inline script is injected (CSP).
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  pwaAssets: { image: 'public/favicon.svg', preset: 'minimal-2023', overrideManifestIcons: true },
  manifest: {
    name: 'Flowscope: a system-design diagram that runs',
    short_name: 'Flowscope',
    description:
      'Watch requests get balanced, authenticated, rejected, fanned out, queued and served, in a live simulation.',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#eef0f4',
    theme_color: '#0b5cad',
  },
  workbox: {
    // The plugin adds manifest.webmanifest itself (listing it here too would be a conflicting entry).
    globPatterns: ['**/*.{js,css,html,svg,png,ico}'],
    navigateFallback: 'index.html',
    // The app chunk is over Workbox's 2 MiB default only if it ever grows that much; keep headroom.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    cleanupOutdatedCaches: true,
    // The first install takes charge of the open page at once, so a lazy part (a lesson, the
    // glossary) still loads if the network drops during that first visit. Without skipWaiting this
    // never swaps one version for another under an open page.
    clientsClaim: true,
    // One self-contained sw.js: no importScripts of a separate runtime file.
    inlineWorkboxRuntime: true,
  },
});

/**
 * Writes the Content-Security-Policy into the built index.html as a `<meta>` tag. Only at build:
 * the dev server's hot reload injects inline scripts and styles that a strict policy refuses.
 */
function cspMetaTag(): Plugin {
  return {
    name: 'flowscope-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), cspMetaTag(), pwa],
  // Relative asset URLs: the built site in dist/ works from any path (a sub-folder, file host, preview).
  base: './',
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: initialChunk() }] } } },
  },
  preview: { port: 4173, strictPort: true, headers: securityHeaders() },
});
