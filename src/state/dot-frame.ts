/**
 * The one place the particle canvas reads from each animation frame. It is a plain mutable
 * object, not store state: dots change every frame and must never cause a React render.
 */
import type { Dots, EdgeLive, NodeLive } from '../engine/index.ts';
import { OUTCOMES } from '../scenario/types.ts';
import { createLostMarks, type LostMarks } from './lost-marks.ts';

/** How long (wall time) an ending marker stays visible while fading out. */
export const MARKER_FADE_MS = 1000;

/**
 * Recent non-ok endings, aggregated per (node, outcome) so a burst of 500 rejections shows as one
 * legible "429 ×500" badge instead of a pile of overlapping labels.
 */
export class EndingMarkers {
  lastMs = new Float64Array(0);
  count = new Uint32Array(0);
  nodeCount = 0;

  reset(nodeCount: number): void {
    this.nodeCount = nodeCount;
    this.lastMs = new Float64Array(nodeCount * OUTCOMES.length).fill(-Infinity);
    this.count = new Uint32Array(nodeCount * OUTCOMES.length);
  }

  add(nodeIndex: number, outcomeIndex: number, nowMs: number): void {
    if (nodeIndex < 0 || nodeIndex >= this.nodeCount || outcomeIndex < 0) return;
    const k = nodeIndex * OUTCOMES.length + outcomeIndex;
    if (nowMs - this.lastMs[k] > MARKER_FADE_MS) this.count[k] = 0;
    this.count[k]++;
    this.lastMs[k] = nowMs;
  }
}

export interface DotFrame {
  /** Bumps with every snapshot, so the canvas can skip redrawing an unchanged frame. */
  version: number;
  timeS: number;
  dots: Dots | null;
  nodes: NodeLive[] | null;
  /** Per edge: the faults in effect (a cut and its pile), as of the latest snapshot. */
  edges: EdgeLive[] | null;
  markers: EndingMarkers;
  /** Requests a crash ended where they stood, marked for a few seconds. */
  lost: LostMarks;
}

export function createDotFrame(): DotFrame {
  return {
    version: 0,
    timeS: 0,
    dots: null,
    nodes: null,
    edges: null,
    markers: new EndingMarkers(),
    lost: createLostMarks(),
  };
}
