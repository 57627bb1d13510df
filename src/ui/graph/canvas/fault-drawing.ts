/**
 * What the canvas draws of faults — the pile at a cut edge, the crosses of work lost to a crash —
 * in one module loaded on demand the first time a snapshot has either (particle-canvas.tsx): most
 * runs never need it, and the initial bundle has no room to spare.
 */
export { pilePoint } from './cut-pile.ts';
export { drawLostMarks, tickLostMarks } from './draw-lost.ts';
