/**
 * Where inside a node its waiting line and worker slots sit. The node components lay themselves
 * out with these numbers and the particle canvas puts dots at the same places, measured from the
 * node's bottom edge (its height varies with the text above).
 *
 * The dock is one row, read left to right like the real thing: the waiting line (head at its
 * right end) flows into the worker slots.
 */
import type { NodeKind } from '../../scenario/types.ts';

export const NODE_WIDTH = 236;
/** The node's border: the dock sits inside it, React Flow measures outside it. */
export const NODE_BORDER = 2;
export const DOCK_WIDTH = NODE_WIDTH - 2 * NODE_BORDER;
export const DOCK_PAD_X = 10;
export const DOCK_HEIGHT = 36;
/** Centre line of the dock row, measured up from the dock's bottom. */
export const ROW_CENTER_FROM_BOTTOM = 17;
export const ROW_HEIGHT = 24;

export const SLOT_SIZE = 18;
export const SLOT_GAP = 4;
/** More workers than this are drawn as one continuous bar instead of slots. */
export const MAX_SLOTS = 5;
export const SLOT_BAR_WIDTH = MAX_SLOTS * (SLOT_SIZE + SLOT_GAP) - SLOT_GAP;
const STRIP_TO_SLOTS_GAP = 8;

export const DOT_RADIUS = 5;
export const DOT_STEP = 12;
/** Room kept at the line's tail (left end) for the "+N" of dots that do not fit. */
export const OVERFLOW_LABEL_WIDTH = 46;

export const KIND_HAS_WORKERS: Record<NodeKind, boolean> = {
  client: false,
  loadBalancer: false,
  gateway: true,
  orchestrator: true,
  service: true,
  queue: false,
};

export function slotsWidth(workers: number): number {
  if (workers <= 0) return 0;
  return workers <= MAX_SLOTS ? workers * (SLOT_SIZE + SLOT_GAP) - SLOT_GAP : SLOT_BAR_WIDTH;
}

/** Left edge of the slots, from the dock's (inner) left edge. */
export function slotsLeft(workers: number): number {
  return DOCK_WIDTH - DOCK_PAD_X - slotsWidth(workers);
}

/** Right end of the waiting strip (the head of the line). */
export function stripRight(workers: number): number {
  return workers > 0 ? slotsLeft(workers) - STRIP_TO_SLOTS_GAP : DOCK_WIDTH - DOCK_PAD_X;
}

/** How many waiting dots fit in the line before "+N" takes over. */
export function lineCapacity(workers: number): number {
  return Math.max(1, Math.floor((stripRight(workers) - DOCK_PAD_X - OVERFLOW_LABEL_WIDTH) / DOT_STEP));
}

/** Centre of worker slot `slot` of `workers`, from the dock's left edge. */
export function slotCenterX(slot: number, workers: number): number {
  const left = slotsLeft(workers);
  if (workers <= MAX_SLOTS) return left + slot * (SLOT_SIZE + SLOT_GAP) + SLOT_SIZE / 2;
  return left + ((slot + 0.5) / workers) * SLOT_BAR_WIDTH;
}
