/** The three kinds of future event; everything else happens synchronously inside them. */
/** A client emits its next request (ref = the client's arrival generation, so stale ones are ignored). */
export const EV_ARRIVAL = 0;
/** A token reaches the end of an edge with latency (ref = token slot). */
export const EV_HOP = 1;
/** A worker finishes serving a token (ref = token slot). */
export const EV_DONE = 2;
