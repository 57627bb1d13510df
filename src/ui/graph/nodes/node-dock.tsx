/**
 * The bottom row of a node: the waiting line flowing into the worker slots (filled when busy).
 * Dots are drawn over both by the particle canvas; the slots themselves are HTML so the state
 * stays visible with reduced motion.
 */
import {
  DOCK_HEIGHT,
  DOCK_PAD_X,
  MAX_SLOTS,
  ROW_CENTER_FROM_BOTTOM,
  ROW_HEIGHT,
  SLOT_SIZE,
  slotCenterX,
  slotsLeft,
  slotsWidth,
  stripRight,
} from '../node-geometry.ts';

/** `workers` 0 for nodes that only hold a line (queues, a FIFO balancer). */
export function NodeDock({ workers = 0, busy = 0 }: { workers?: number; busy?: number }) {
  const slotBottom = ROW_CENTER_FROM_BOTTOM - SLOT_SIZE / 2;
  return (
    <div className="fs-dock" style={{ height: DOCK_HEIGHT }} aria-hidden="true">
      <span
        className="fs-strip"
        style={{
          left: DOCK_PAD_X,
          width: stripRight(workers) - DOCK_PAD_X,
          bottom: ROW_CENTER_FROM_BOTTOM - ROW_HEIGHT / 2,
          height: ROW_HEIGHT,
        }}
      />
      {workers > 0 &&
        workers <= MAX_SLOTS &&
        Array.from({ length: workers }, (_, i) => (
          <span
            key={i}
            className={`fs-slot${i < busy ? ' is-busy' : ''}`}
            style={{
              left: slotCenterX(i, workers) - SLOT_SIZE / 2,
              bottom: slotBottom,
              width: SLOT_SIZE,
              height: SLOT_SIZE,
            }}
          />
        ))}
      {workers > MAX_SLOTS && (
        <span
          className="fs-slot-bar"
          style={{
            left: slotsLeft(workers),
            bottom: slotBottom,
            width: slotsWidth(workers),
            height: SLOT_SIZE,
          }}
        >
          <span
            className="fs-slot-bar__fill"
            style={{ width: `${(100 * Math.min(busy, workers)) / workers}%` }}
          />
        </span>
      )}
    </div>
  );
}
