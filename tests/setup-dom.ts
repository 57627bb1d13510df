/**
 * Setup for the jsdom tests (tests/ui, tests/state): jest-dom matchers, cleanup after each test,
 * and the browser features React Flow and the particle canvas need that jsdom does not have
 * (after React Flow's testing guide: ResizeObserver, DOMMatrixReadOnly, element sizes, getBBox),
 * plus a no-op 2D canvas context and matchMedia.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Lazy parts (the inspector, the trace timeline) arrive by dynamic import: on a loaded 2-core
// machine (CI, or helpers running beside the suite) that can take over findBy's 1 s default.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
});

// React Flow measures nodes through ResizeObserver; report each observed element once, at once.
class ResizeObserverStub {
  private readonly callback: ResizeObserverCallback;
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback;
  }
  observe(target: Element): void {
    this.callback([{ target } as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve(): void {}
  disconnect(): void {}
}

// React Flow reads the zoom from the viewport's CSS transform via DOMMatrixReadOnly(transform).m22.
class DOMMatrixReadOnlyStub {
  m22: number;
  constructor(transform?: string) {
    const scale = transform?.match(/scale\(([\d.]+)\)/)?.[1];
    this.m22 = scale !== undefined ? Number(scale) : 1;
  }
}

if (!('ResizeObserver' in globalThis)) {
  globalThis.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;
}
if (!('DOMMatrixReadOnly' in globalThis)) {
  globalThis.DOMMatrixReadOnly = DOMMatrixReadOnlyStub as unknown as typeof DOMMatrixReadOnly;
}

// jsdom does no layout: give elements the size in their inline style (or 1px) so nodes count as measured.
Object.defineProperties(HTMLElement.prototype, {
  offsetHeight: {
    configurable: true,
    get(this: HTMLElement) {
      return parseFloat(this.style.height) || 1;
    },
  },
  offsetWidth: {
    configurable: true,
    get(this: HTMLElement) {
      return parseFloat(this.style.width) || 1;
    },
  },
});

// SVG geometry that jsdom lacks (edges and markers; getPointAtLength for dots placed along a path).
const svgProto = SVGElement.prototype as unknown as Record<string, unknown>;
svgProto.getBBox = () => ({ x: 0, y: 0, width: 0, height: 0 });
svgProto.getTotalLength ??= () => 0;
svgProto.getPointAtLength ??= () => ({ x: 0, y: 0 });

// A 2D context whose every method is a no-op, so canvas drawing code runs (and draws nothing).
function createContext2DStub(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const noop = (): void => {};
  const gradient = { addColorStop: noop };
  const state: Record<PropertyKey, unknown> = {
    canvas,
    createLinearGradient: () => gradient,
    createRadialGradient: () => gradient,
    createConicGradient: () => gradient,
    createPattern: () => ({ setTransform: noop }),
    measureText: (text: string) => ({ width: text.length * 6 }),
    getImageData: (_x: number, _y: number, w: number, h: number) => ({
      width: w,
      height: h,
      data: new Uint8ClampedArray(Math.max(0, w * h * 4)),
    }),
    createImageData: (w: number, h: number) => ({
      width: w,
      height: h,
      data: new Uint8ClampedArray(Math.max(0, w * h * 4)),
    }),
    getTransform: () => ({ a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 }),
    getLineDash: () => [],
    isPointInPath: () => false,
    isPointInStroke: () => false,
  };
  return new Proxy(state, {
    get: (target, prop) => (prop in target ? target[prop] : noop),
    set: (target, prop, value) => {
      target[prop] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
}

const contexts = new WeakMap<HTMLCanvasElement, CanvasRenderingContext2D>();
HTMLCanvasElement.prototype.getContext = function getContext(this: HTMLCanvasElement, kind: string) {
  if (kind !== '2d') return null;
  let ctx = contexts.get(this);
  if (!ctx) {
    ctx = createContext2DStub(this);
    contexts.set(this, ctx);
  }
  return ctx;
} as HTMLCanvasElement['getContext'];

// matchMedia (e.g. prefers-reduced-motion): never matches.
if (typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
