/** The kinds of future event; everything else happens synchronously inside them. */
/** A client emits its next request (ref = the client's arrival generation, so stale ones are ignored). */
export const EV_ARRIVAL = 0;
/** A token reaches the end of an edge with latency (ref = token slot). */
export const EV_HOP = 1;
/** A worker finishes serving a token (ref = token slot). */
export const EV_DONE = 2;
/** A fault starts or heals (ref = fault id × 2 + 0 start / 1 end); scheduled late (event-queue.ts). */
export const EV_FAULT = 3;
/** A load balancer probes its targets (ref = its probe generation, so stale ones are ignored). */
export const EV_PROBE = 4;
/** An ejected target returns to a balancer's rotation (ref = target position × 2^16 + ejection generation). */
export const EV_EJECTION_END = 5;
/** A cancelled event: skipped without counting (a crashed worker's completion, a removed fault). */
export const EV_CANCELLED = 255;
// Format 2 (DESIGN.md section 8); scheduled only when a scenario uses the feature.
/** A caller's attempt runs out of time (ref = the waiting token's slot, aux = its timer id). */
export const EV_TIMEOUT = 6;
/** A caller's backoff wait is over: the retry goes out (ref = slot, aux = timer id). */
export const EV_RETRY = 7;
/** An autoscaled service measures and decides (ref = its scaler generation). */
export const EV_AUTOSCALE = 8;
/** Starting workers of an autoscaled service become ready. */
export const EV_WORKER_READY = 9;
