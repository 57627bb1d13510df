/**
 * The diagram as it stands, as a standalone SVG whose text stays text: composed from the graph's
 * own geometry in the page (every box, line, figure and label where the browser laid it out, with
 * its computed colours and fonts) plus the particle canvas (the dots) as an image layer. It walks
 * whatever graph area it is given, so it exports one graph or Compare's two alike.
 *
 * Why not a DOM-to-image library: those wrap HTML in <foreignObject>, which slide and vector tools
 * (PowerPoint, Keynote, Inkscape, Illustrator) do not render and whose text is not SVG text.
 */

/** UI around the diagram that is not part of it. */
const SKIP =
  '.react-flow__controls, .fs-graph-tools, .react-flow__attribution, .react-flow__background, .react-flow__minimap, .fs-present-bar';

export interface GraphSvg {
  svg: string;
  width: number;
  height: number;
}

export interface ComposeOptions {
  /** A line under the diagram: what it is and when (scenario, simulated time, seed). */
  caption?: string;
  /** The fill behind the diagram; defaults to the graph's own background. */
  background?: string;
  /** Leave the dot canvases out (a clip draws them itself, far faster than a PNG per frame). */
  omitCanvas?: boolean;
}

const CAPTION_HEIGHT = 34;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const num = (n: number) => String(Math.round(n * 100) / 100);

function isPainted(color: string): boolean {
  return color !== '' && color !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(color);
}

/** How much an element is scaled on screen (the graph's zoom, for what is inside the viewport). */
function scaleOf(el: HTMLElement): number {
  const width = el.offsetWidth;
  if (!width) return 1;
  return el.getBoundingClientRect().width / width || 1;
}

interface Walk {
  originX: number;
  originY: number;
  out: string[];
  omitCanvas: boolean;
}

function boxOf(el: HTMLElement, cs: CSSStyleDeclaration, walk: Walk): void {
  const bg = cs.backgroundColor;
  const borderWidth = parseFloat(cs.borderTopWidth) || 0;
  const border = borderWidth > 0 && cs.borderTopStyle !== 'none' && isPainted(cs.borderTopColor);
  if (!isPainted(bg) && !border) return;
  const r = el.getBoundingClientRect();
  if (r.width < 0.5 || r.height < 0.5) return;
  const k = scaleOf(el);
  const bw = border ? borderWidth * k : 0;
  const radius = Math.min((parseFloat(cs.borderTopLeftRadius) || 0) * k, r.width / 2, r.height / 2);
  const attrs = [
    `x="${num(r.left - walk.originX + bw / 2)}"`,
    `y="${num(r.top - walk.originY + bw / 2)}"`,
    `width="${num(Math.max(0, r.width - bw))}"`,
    `height="${num(Math.max(0, r.height - bw))}"`,
    radius > 0 ? `rx="${num(radius)}"` : '',
    `fill="${isPainted(bg) ? escapeXml(bg) : 'none'}"`,
    border ? `stroke="${escapeXml(cs.borderTopColor)}" stroke-width="${num(bw)}"` : '',
    border && cs.borderTopStyle === 'dashed' ? `stroke-dasharray="${num(bw * 3)} ${num(bw * 2)}"` : '',
    Number(cs.opacity) < 1 ? `opacity="${cs.opacity}"` : '',
  ];
  walk.out.push(`<rect ${attrs.filter(Boolean).join(' ')}/>`);
}

function transformText(text: string, transform: string): string {
  if (transform === 'uppercase') return text.toUpperCase();
  if (transform === 'lowercase') return text.toLowerCase();
  return text;
}

/** One <text> per laid-out line of a text node, at the place and in the style the page shows. */
function textOf(node: Text, parent: HTMLElement, cs: CSSStyleDeclaration, walk: Walk): void {
  const raw = node.data;
  const first = raw.search(/\S/);
  if (first < 0) return;
  const end = raw.trimEnd().length;
  // Measure the visible characters only: a leading space would shift the text by its width.
  const range = document.createRange();
  range.setStart(node, first);
  range.setEnd(node, end);
  const rects = range.getClientRects();
  if (rects.length === 0) return;
  const lines: { left: number; top: number; height: number; text: string }[] = [];
  if (rects.length === 1) {
    const r = rects[0];
    lines.push({ left: r.left, top: r.top, height: r.height, text: raw.slice(first, end) });
  } else {
    // Wrapped: measure word by word and group the words by the line they landed on.
    for (const word of raw.matchAll(/\S+/g)) {
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      const r = range.getBoundingClientRect();
      const line = lines.at(-1);
      if (line && Math.abs(r.top - line.top) < r.height / 2) line.text += ` ${word[0]}`;
      else lines.push({ left: r.left, top: r.top, height: r.height, text: word[0] });
    }
  }
  const k = scaleOf(parent);
  const size = (parseFloat(cs.fontSize) || 16) * k;
  const spacing = parseFloat(cs.letterSpacing);
  const style = [
    `font-family="${escapeXml(cs.fontFamily)}"`,
    `font-size="${num(size)}"`,
    cs.fontWeight !== '400' ? `font-weight="${escapeXml(cs.fontWeight)}"` : '',
    cs.fontStyle === 'italic' ? 'font-style="italic"' : '',
    spacing ? `letter-spacing="${num(spacing * k)}"` : '',
    `fill="${escapeXml(cs.color)}"`,
    Number(cs.opacity) < 1 ? `opacity="${cs.opacity}"` : '',
  ]
    .filter(Boolean)
    .join(' ');
  for (const line of lines) {
    const text = transformText(line.text.replace(/\s+/g, ' ').trim(), cs.textTransform);
    if (!text) continue;
    const x = line.left - walk.originX;
    const y = line.top + line.height / 2 - walk.originY;
    walk.out.push(
      `<text x="${num(x)}" y="${num(y)}" dominant-baseline="central" ${style}>${escapeXml(text)}</text>`,
    );
  }
}

const SVG_STYLE_PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
] as const;

/** An inline SVG (edges, icons) in the page's coordinates, with its CSS turned into attributes. */
function svgOf(el: SVGSVGElement, walk: Walk): void {
  const ctm = el.getScreenCTM();
  if (!ctm) return;
  const clone = el.cloneNode(true) as SVGSVGElement;
  const originals = [el, ...el.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const copy = copies[i];
    const cs = getComputedStyle(original);
    for (const prop of SVG_STYLE_PROPS) {
      const value = cs.getPropertyValue(prop);
      if (value && value !== 'none' && value !== 'normal') copy.setAttribute(prop, value);
      else if (prop === 'fill' || prop === 'stroke') copy.setAttribute(prop, value || 'none');
    }
    copy.removeAttribute('class');
    copy.removeAttribute('style');
  });
  const matrix = [ctm.a, ctm.b, ctm.c, ctm.d, ctm.e - walk.originX, ctm.f - walk.originY].map(num).join(' ');
  const serializer = new XMLSerializer();
  const inner = [...clone.childNodes].map((child) => serializer.serializeToString(child)).join('');
  const color = escapeXml(getComputedStyle(el).color);
  walk.out.push(`<g transform="matrix(${matrix})" color="${color}">${inner}</g>`);
}

function canvasOf(canvas: HTMLCanvasElement, walk: Walk): void {
  const r = canvas.getBoundingClientRect();
  if (r.width < 1 || r.height < 1 || canvas.width === 0) return;
  let data: string;
  try {
    data = canvas.toDataURL('image/png');
  } catch {
    return;
  }
  walk.out.push(
    `<image x="${num(r.left - walk.originX)}" y="${num(r.top - walk.originY)}" width="${num(r.width)}" height="${num(r.height)}" href="${data}"/>`,
  );
}

function walkElement(el: Element, walk: Walk): void {
  if (el.matches(SKIP)) return;
  if (el instanceof SVGSVGElement) {
    if (el.getClientRects().length > 0 || el.closest('.react-flow__edges')) svgOf(el, walk);
    return;
  }
  if (el instanceof HTMLCanvasElement) {
    if (!walk.omitCanvas) canvasOf(el, walk);
    return;
  }
  if (!(el instanceof HTMLElement)) return;
  if (el.getClientRects().length === 0 && !el.classList.contains('react-flow__edges')) return;
  const cs = getComputedStyle(el);
  // Visually hidden text for screen readers (1 px, clipped) is not part of the picture.
  const box = el.getBoundingClientRect();
  if (box.width <= 1 && box.height <= 1 && (cs.overflow === 'hidden' || cs.clipPath !== 'none')) return;
  if (cs.visibility === 'hidden' || cs.opacity === '0') return;
  boxOf(el, cs, walk);
  for (const child of el.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) textOf(child as Text, el, cs, walk);
    else if (child.nodeType === Node.ELEMENT_NODE) walkElement(child as Element, walk);
  }
}

/** The SVG of the graph area `root` as it is on screen now. */
export function composeGraphSvg(root: HTMLElement, options: ComposeOptions = {}): GraphSvg {
  const bounds = root.getBoundingClientRect();
  const width = Math.max(1, Math.round(bounds.width));
  const graphHeight = Math.max(1, Math.round(bounds.height));
  const height = graphHeight + (options.caption ? CAPTION_HEIGHT : 0);
  const flow = root.querySelector<HTMLElement>('.react-flow') ?? root;
  const background =
    options.background ??
    (isPainted(getComputedStyle(flow).backgroundColor) ? getComputedStyle(flow).backgroundColor : '#ffffff');
  const walk: Walk = { originX: bounds.left, originY: bounds.top, out: [], omitCanvas: !!options.omitCanvas };
  for (const child of root.children) walkElement(child, walk);
  const caption = options.caption
    ? `<rect x="0" y="${graphHeight}" width="${width}" height="${CAPTION_HEIGHT}" fill="#ffffff"/>` +
      `<text x="12" y="${graphHeight + CAPTION_HEIGHT / 2}" dominant-baseline="central" font-family="system-ui, sans-serif" font-size="16" font-weight="600" fill="#15171c">${escapeXml(options.caption)}</text>`
    : '';
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${graphHeight}" fill="${escapeXml(background)}"/>` +
    `<g>${walk.out.join('')}</g>${caption}</svg>`;
  return { svg, width, height };
}
