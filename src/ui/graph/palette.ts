/**
 * Colours from the Okabe-Ito palette, which stays distinguishable with the common forms of colour
 * blindness; device is also told by shape (mobile = circle, web = square, job = diamond).
 */
export const DEVICE_COLOR = { mobile: '#0072B2', web: '#E69F00' } as const;
/** Dot outlines: keeps orange dots visible on white nodes. */
export const DOT_OUTLINE = '#1b1b1b';
/** Rejections, drops and other bad endings. */
export const BAD_COLOR = '#D55E00';
/** Vermilion darkened until white bold text on it passes WCAG AA (about 6:1). */
export const BADGE_COLOR = '#A63D00';
export const GOOD_COLOR = '#009E73';
