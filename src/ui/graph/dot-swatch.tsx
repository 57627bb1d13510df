/**
 * The dot shapes as tiny SVGs, for legends and client nodes, with the marks the canvas adds
 * (draw-dots.ts): a retry's dark notch at the top right, and wasted work (its caller gave up)
 * faded with a dashed outline. Marks are shapes and outlines, so they read without colour.
 */
import { DEVICE_COLOR, DOT_OUTLINE } from './palette.ts';

export type DotShape = 'mobile' | 'web' | 'job';

export function DotSwatch({
  shape,
  device = shape === 'web' ? 'web' : 'mobile',
  retry = false,
  wasted = false,
}: {
  shape: DotShape;
  device?: 'mobile' | 'web';
  /** A retried request's notch. */
  retry?: boolean;
  /** Work going on after its caller gave up: faded, dashed outline. */
  wasted?: boolean;
}) {
  const fill = DEVICE_COLOR[device];
  const look = {
    fill,
    fillOpacity: wasted ? 0.4 : 1,
    stroke: DOT_OUTLINE,
    strokeWidth: 1,
    strokeDasharray: wasted ? '1.5 1.5' : undefined,
  };
  return (
    <svg className="fs-swatch" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true">
      {shape === 'mobile' && <circle cx="7" cy="7" r="5.5" {...look} />}
      {shape === 'web' && <rect x="1.5" y="1.5" width="11" height="11" {...look} />}
      {shape === 'job' && <path d="M7 0.8 13.2 7 7 13.2 0.8 7Z" {...look} />}
      {retry && <circle cx="11.1" cy="2.9" r="2.5" fill={DOT_OUTLINE} />}
    </svg>
  );
}
