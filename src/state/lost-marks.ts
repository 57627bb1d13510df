/**
 * Work a crash ended where it stood (engine `LostWork`), kept for the canvas to mark with a cross
 * for a few seconds of running time: the requests a crashed server held do not just vanish. The
 * marks age only while the run plays, so a lecturer who pauses at the crash can point at them.
 */
import type { LostWork } from '../engine/index.ts';

/** How long (wall time while playing) a lost request's mark stays, fading out. */
export const LOST_MARK_MS = 4000;
/** Marks kept at once: a crash of a node holding more shows the first ones (its line shows no more anyway). */
const MAX_MARKS = 1024;

export class LostMarks {
  readonly items: LostWork[] = [];
  /** Playing wall time each mark has been shown, ms. */
  readonly ageMs: number[] = [];
  private lastTickMs = NaN;

  add(lost: readonly LostWork[]): void {
    for (const item of lost) {
      if (this.items.length >= MAX_MARKS) break;
      this.items.push(item);
      this.ageMs.push(0);
    }
  }

  /** Ages the marks by the wall time since the previous tick if the run plays; drops expired ones. */
  tick(nowMs: number, playing: boolean): void {
    const elapsed = this.lastTickMs === this.lastTickMs ? Math.max(0, nowMs - this.lastTickMs) : 0;
    this.lastTickMs = nowMs;
    if (!playing || this.items.length === 0) return;
    let kept = 0;
    for (let i = 0; i < this.items.length; i++) {
      const age = this.ageMs[i] + elapsed;
      if (age >= LOST_MARK_MS) continue;
      this.items[kept] = this.items[i];
      this.ageMs[kept] = age;
      kept++;
    }
    this.items.length = kept;
    this.ageMs.length = kept;
  }

  clear(): void {
    this.items.length = 0;
    this.ageMs.length = 0;
  }
}
