/** The dot shapes as tiny SVGs, for legends and client nodes. */
import { DEVICE_COLOR, DOT_OUTLINE } from './palette.ts';

export type DotShape = 'mobile' | 'web' | 'job';

export function DotSwatch({
  shape,
  device = shape === 'web' ? 'web' : 'mobile',
}: {
  shape: DotShape;
  device?: 'mobile' | 'web';
}) {
  const fill = DEVICE_COLOR[device];
  return (
    <svg className="fs-swatch" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true">
      {shape === 'mobile' && (
        <circle cx="7" cy="7" r="5.5" fill={fill} stroke={DOT_OUTLINE} strokeWidth="1" />
      )}
      {shape === 'web' && (
        <rect x="1.5" y="1.5" width="11" height="11" fill={fill} stroke={DOT_OUTLINE} strokeWidth="1" />
      )}
      {shape === 'job' && (
        <path d="M7 0.8 13.2 7 7 13.2 0.8 7Z" fill={fill} stroke={DOT_OUTLINE} strokeWidth="1" />
      )}
    </svg>
  );
}
