/**
 * Every bound the scenario format enforces, in one place: the validators, the docs, live changes
 * (which are parsed like a file) and the sliders' ranges (src/ui/controls/steps.ts) read them
 * here. Bounds exist to keep a hostile or mistyped file from freezing the app, and to keep numbers
 * inside what the engine models sensibly.
 */
export const LIMITS = {
  /** Characters of JSON text accepted; a v1 scenario at the node and edge limits is far smaller. */
  inputChars: 1_000_000,
  /** Values (objects, arrays, strings, numbers...) in an already-parsed input. */
  inputValues: 200_000,
  /** Nesting depth of an input; a valid scenario nests 4 deep. */
  inputDepth: 16,
  nodes: 200,
  edges: 1000,
  nameChars: 100,
  labelChars: 60,
  routeChars: 200,
  routesPerClient: 50,
  /** Client arrival rate, req/s. */
  rate: 100_000,
  users: 1_000_000_000,
  routeWeight: 1000,
  workers: 1000,
  /** Waiting slots of a station or queue. */
  capacity: 1_000_000,
  /** Mean of a service-time distribution, seconds. */
  serviceTimeMean: 3600,
  cv: 10,
  spread: 1,
  rateLimitRate: 100_000,
  burst: 1_000_000,
  /** Edge latency, seconds. */
  latency: 60,
  edgeWeight: 1000,
  /** Layout coordinates, in either direction. */
  position: 1_000_000,
  seed: 2 ** 32 - 1,
  /** Characters of a bad value an error message quotes (the rest is cut with "…"). */
  quoteChars: 80,
} as const;

/** A node id: short, lowercase, link-friendly. */
export const ID_PATTERN = /^[a-z][a-z0-9-]{0,31}$/;
