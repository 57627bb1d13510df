/**
 * The site's Content-Security-Policy (docs/security.md), in one place for both carriers: the
 * `<meta>` tag the build writes into index.html (so a static host serves it too) and the header
 * `vite preview` (`npm start`) sends. Scripts only from the site itself: no inline script, no
 * eval, no plug-ins. Framing is deliberately NOT forbidden (no `frame-ancestors`): lessons are
 * embedded in other sites' pages.
 */
const DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  // The simulation worker is a file of the site; nothing is built from a blob or data URL.
  'worker-src': "'self'",
  // React and React Flow set element styles through the CSSOM, which style-src does not govern.
  'style-src': "'self'",
  // Downloads are made from blob: URLs; data: and blob: images cover exported pictures.
  'img-src': "'self' data: blob:",
  'connect-src': "'self'",
  'font-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};

export function contentSecurityPolicy(): string {
  return Object.entries(DIRECTIVES)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** Headers `vite preview` sends with every response (a meta tag cannot carry these). */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}
