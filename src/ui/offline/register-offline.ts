/**
 * Registers the service worker that the build generates (vite-plugin-pwa, see vite.config.ts), so
 * the app opens and runs with no network after the first visit. Registered after the page has
 * loaded, so precaching never competes with the first frame. A new version is installed in the
 * background and waits: it takes over on the next visit, never in the middle of a lesson.
 * Failure (no service workers, a sandboxed frame, an http host) only means no offline copy.
 */
export function registerOffline(): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => undefined);
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
