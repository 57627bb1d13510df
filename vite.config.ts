import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy, securityHeaders } from './content-security-policy.ts';

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
  plugins: [react(), cspMetaTag()],
  // Relative asset URLs: the built site in dist/ works from any path (a sub-folder, file host, preview).
  base: './',
  worker: { format: 'es' },
  build: { target: 'es2022' },
  preview: { port: 4173, strictPort: true, headers: securityHeaders() },
});
