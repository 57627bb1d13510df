/**
 * Compare mode's B: a second runtime (its own store, worker and controller) on the same seed,
 * kept in lockstep with A. A's transport commands (play, pause, step, reset, speed, seed) are
 * mirrored to B, and loading a scenario on either side restarts the other, so both clocks start
 * together and run at the same speed: one clock. Each node draws from its own streams, so B's
 * clients send exactly A's requests unless a client was changed (`sameRequests`).
 */
import type { Scenario } from '../scenario/types.ts';
import type { SimController } from './sim-controller.ts';
import { createSimRuntime, type RuntimeOptions, type SimRuntime } from './sim-runtime.ts';

interface Session {
  b: SimRuntime;
  /** A's controller methods as they were before the session wrapped them. */
  restore: () => void;
  unsubscribe: () => void;
}

const sessions = new WeakMap<SimRuntime, Session>();
const listeners = new Set<() => void>();

/** B's runtime while compare mode is on, else null. */
export function compareRuntimeOf(a: SimRuntime): SimRuntime | null {
  return sessions.get(a)?.b ?? null;
}

/** For `useSyncExternalStore`: called when a session starts or stops. */
export function subscribeCompareSessions(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const MIRRORED = ['play', 'pause', 'step', 'reset', 'setSpeed', 'setSeed'] as const;

/**
 * Starts compare mode with B = `b` (a copy of A by default). Both runs restart from t = 0 on A's
 * seed. `createRuntime` is replaceable for tests (a fake worker client).
 */
export function startCompare(
  a: SimRuntime,
  b: Scenario = a.store.getState().scenario,
  createRuntime: (options: RuntimeOptions) => SimRuntime = createSimRuntime,
): SimRuntime {
  stopCompare(a, 'A');
  const state = a.store.getState();
  const runtime = createRuntime({ scenario: { ...b, seed: state.seed }, presetId: state.presetId });
  runtime.store.getState().setSpeed(state.speed);
  runtime.store.getState().setReducedMotion(state.reducedMotion);
  runtime.start({ autoplay: false });
  // The controller is a plain object that every component and shortcut calls through, so wrapping
  // its leaf methods in place mirrors every path (toggle and nudge call these) with no new wiring.
  const controller = a.controller as unknown as Record<string, (...args: unknown[]) => void>;
  const originals = new Map(MIRRORED.map((name) => [name, controller[name]]));
  for (const name of MIRRORED) {
    const original = originals.get(name)!;
    const mirror = runtime.controller[name as keyof SimController] as (...args: unknown[]) => void;
    controller[name] = (...args: unknown[]) => {
      original(...args);
      mirror(...args);
    };
  }
  const loadA = a.controller.loadScenario;
  a.controller.loadScenario = (scenario, presetId) => {
    loadA(scenario, presetId);
    runtime.controller.reset();
  };
  const loadB = runtime.controller.loadScenario;
  runtime.controller.loadScenario = (scenario, presetId) => {
    loadB({ ...scenario, seed: a.store.getState().seed }, presetId);
    originals.get('reset')!();
  };
  const unsubscribeScenario = runtime.store.subscribe((s, prev) => {
    if (s.scenario !== prev.scenario) a.store.getState().setCompareScenario(s.scenario);
  });
  const unsubscribeClock = keepOneInstant(a, runtime);
  const unsubscribe = () => {
    unsubscribeScenario();
    unsubscribeClock();
  };
  sessions.set(a, {
    b: runtime,
    unsubscribe,
    restore: () => {
      for (const [name, original] of originals) controller[name] = original;
      a.controller.loadScenario = loadA;
    },
  });
  a.store.getState().setCompare(runtime.store.getState().scenario);
  // One clock: both from t = 0, together, playing if A was.
  originals.get('reset')!();
  if (state.status === 'playing') runtime.controller.play();
  listeners.forEach((listener) => listener());
  return runtime;
}

/**
 * One clock when paused: each worker paces itself, so the two runs stop a frame or so apart. Every
 * time a paused instant is shown, the run behind catches up to the one ahead. Runs only move
 * forward, so this settles at the later of the two instants, however stale a figure it acted on.
 * It looks once the current task is done: a mirrored reset clears A before B, and in between A's
 * 0 s beside B's old instant must not count.
 */
function keepOneInstant(a: SimRuntime, b: SimRuntime): () => void {
  let queued = false;
  let stopped = false;
  const align = () => {
    queued = false;
    if (stopped) return;
    const sa = a.store.getState();
    const sb = b.store.getState();
    if (sa.status !== 'paused' || sb.status !== 'paused' || sa.halt || sb.halt) return;
    const aS = sa.live.timeS;
    const bS = sb.live.timeS;
    if (aS > bS) b.controller.catchUp(aS);
    else if (bS > aS) a.controller.catchUp(bS);
  };
  const look = (s: { live: unknown; status: unknown }, prev: { live: unknown; status: unknown }) => {
    if ((s.live === prev.live && s.status === prev.status) || queued) return;
    queued = true;
    queueMicrotask(align);
  };
  const stopA = a.store.subscribe(look);
  const stopB = b.store.subscribe(look);
  return () => {
    stopped = true;
    stopA();
    stopB();
  };
}

/** Leaves compare mode keeping A, or B (which then becomes the scenario, from t = 0). */
export function stopCompare(a: SimRuntime, keep: 'A' | 'B'): void {
  const session = sessions.get(a);
  if (!session) return;
  sessions.delete(a);
  session.unsubscribe();
  session.restore();
  const kept = session.b.store.getState();
  session.b.dispose();
  a.store.getState().setCompare(null);
  if (keep === 'B') a.controller.loadScenario(kept.scenario, kept.presetId);
  listeners.forEach((listener) => listener());
}
