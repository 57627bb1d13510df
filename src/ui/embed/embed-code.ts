/**
 * The `<iframe>` snippet "Copy embed code" gives: the share address with `&embed=1`, a 16:9 size
 * that fits a blog column (and shrinks with it), a title for screen readers, and lazy loading so a
 * page of several embeds starts only the simulations scrolled into view.
 */
import { escapeXml } from '../export/graph-svg.ts';
import { embedAddress } from './view-flags.ts';

export const EMBED_WIDTH = 800;
export const EMBED_HEIGHT = 450;

export function embedCode(shareAddress: string, scenarioName: string): string {
  const src = escapeXml(embedAddress(shareAddress));
  const title = escapeXml(`Flowscope: ${scenarioName}`.slice(0, 120));
  return (
    `<iframe src="${src}" title="${title}" width="${EMBED_WIDTH}" height="${EMBED_HEIGHT}" ` +
    `style="max-width: 100%; border: 0" loading="lazy" allow="fullscreen"></iframe>`
  );
}
