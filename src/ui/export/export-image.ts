/**
 * PNG and SVG of the diagram as it stands (loaded on demand from the Export menu). The PNG is the
 * SVG rasterised at twice the on-screen size, and never under 1,000 px wide, so it stays sharp on
 * a slide.
 */
import type { AppState } from '../../state/store.ts';
import { formatClock } from '../format.ts';
import { fileStem } from '../import-export/downloads.ts';
import { composeGraphSvg, type GraphSvg } from './graph-svg.ts';

export const PNG_MIN_WIDTH = 1000;
export const PNG_SCALE = 2;

/** The graph area: (in Compare) the one holding both labelled graphs, the app's, or the embed's. */
export function findGraphRoot(doc: Document = document): HTMLElement | null {
  return (
    doc.querySelector<HTMLElement>('.fs-compare__panes') ??
    doc.querySelector<HTMLElement>('.fs-graph') ??
    doc.querySelector<HTMLElement>('.fs-embed__graph') ??
    doc.querySelector<HTMLElement>('.react-flow')?.parentElement ??
    null
  );
}

type CaptionState = Pick<AppState, 'scenario' | 'seed' | 'live'> & Partial<Pick<AppState, 'compareScenario'>>;

/** What the picture is: the scenario (in Compare, A beside B), the simulated instant and the seed. */
export function imageCaption(state: CaptionState): string {
  const b = state.compareScenario;
  const what =
    b == null
      ? state.scenario.name
      : b.name === state.scenario.name
        ? `${state.scenario.name} · A and B compared`
        : `A: ${state.scenario.name} and B: ${b.name} compared`;
  return `${what} · t = ${formatClock(state.live.timeS)} simulated · seed ${state.seed} · Flowscope`;
}

export function imageFileName(state: Pick<AppState, 'scenario' | 'live'>, ext: string): string {
  const t = Math.floor(state.live.timeS);
  return `${fileStem(state.scenario.name)}-t${t}s.${ext}`;
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 2000);
}

function compose(state: Pick<AppState, 'scenario' | 'seed' | 'live'>): GraphSvg {
  const root = findGraphRoot();
  if (!root) throw new Error('There is no diagram on the page to export.');
  return composeGraphSvg(root, { caption: imageCaption(state) });
}

export function svgBlob(state: Pick<AppState, 'scenario' | 'seed' | 'live'>): Blob {
  return new Blob([compose(state).svg], { type: 'image/svg+xml' });
}

/** Draws an SVG document into a new canvas at `scale` (an <img> decodes it; CSP needs img-src blob:). */
export async function rasterise(image: GraphSvg, scale: number): Promise<HTMLCanvasElement> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.width * scale);
    canvas.height = Math.round(image.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw the image (no 2D canvas).');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function pngBlob(state: Pick<AppState, 'scenario' | 'seed' | 'live'>): Promise<Blob> {
  const image = compose(state);
  const scale = Math.max(PNG_SCALE, PNG_MIN_WIDTH / image.width);
  const canvas = await rasterise(image, scale);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))),
      'image/png',
    ),
  );
}

export async function exportImage(kind: 'png' | 'svg', state: AppState): Promise<void> {
  const blob = kind === 'svg' ? svgBlob(state) : await pngBlob(state);
  saveBlob(blob, imageFileName(state, kind));
}
