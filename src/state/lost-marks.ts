/**
 * Work a crash ended where it stood (engine `LostWork`), kept for the canvas to mark with a cross
 * for a few seconds of running time: the requests a crashed server held do not just vanish. The
 * marks age only while the run plays (draw-lost.ts, loaded on demand), so a lecturer who pauses
 * at the crash can point at them. Plain arrays: the initial bundle only collects them.
 */
import type { LostWork } from '../engine/index.ts';

/** How long (wall time while playing) a lost request's mark stays, fading out. */
export const LOST_MARK_MS = 4000;
/** Marks kept at once: a crash of a node holding more shows the first ones (its line shows no more anyway). */
const MAX_MARKS = 1024;

export interface LostMarks {
  items: LostWork[];
  /** Playing wall time each mark has been shown, ms. */
  ageMs: number[];
  /** When the marks were last aged (NaN: never). */
  tickedMs: number;
}

export const createLostMarks = (): LostMarks => ({ items: [], ageMs: [], tickedMs: NaN });

export function addLostMarks(marks: LostMarks, lost: readonly LostWork[]): void {
  for (const item of lost) {
    if (marks.items.length >= MAX_MARKS) break;
    marks.items.push(item);
    marks.ageMs.push(0);
  }
}
