/**
 * The embed view (`&embed=1`, DESIGN §10): only the running graph, play/pause, the clock and an
 * "Open in Flowscope" link to the same scenario without the flag. It fills its iframe at any size
 * from 320×240 up without scrolling; reduced motion is honoured as in the full app.
 */
import { useEffect, useMemo } from 'react';
import { selectIsPlaying, selectLoadCount, selectSimTimeS } from '../../state/selectors.ts';
import { FlowGraph } from '../graph/flow-graph.tsx';
import { formatClock } from '../format.ts';
import { currentLink } from '../share/address-sync.ts';
import { useAppStore, useSim } from '../sim-context.ts';
import './embed.css';

function useReducedMotion(): void {
  const { store } = useSim();
  useEffect(() => {
    const query = window.matchMedia('(prefers-reduced-motion: reduce)');
    const update = () => store.getState().setReducedMotion(query.matches);
    update();
    query.addEventListener?.('change', update);
    return () => query.removeEventListener?.('change', update);
  }, [store]);
}

/** The full app's address for what the embed shows: its lesson step, or the scenario's link. */
function openAddress(fragment: string): string {
  return `${window.location.origin}${window.location.pathname}${fragment}`;
}

export function EmbedApp({ lessonFragment }: { lessonFragment: string | null }) {
  useReducedMotion();
  const { controller } = useSim();
  const loadCount = useAppStore(selectLoadCount);
  const playing = useAppStore(selectIsPlaying);
  const clock = useAppStore((s) => formatClock(selectSimTimeS(s)));
  const scenario = useAppStore((s) => s.scenario);
  const seed = useAppStore((s) => s.seed);
  const link = useMemo(() => currentLink({ scenario, seed }), [scenario, seed]);
  const name = scenario.name;
  return (
    <div className="fs-embed" data-testid="embed">
      <main className="fs-embed__graph" aria-label={`Flowscope: ${name}`}>
        <FlowGraph key={loadCount} fitWhole />
      </main>
      <div className="fs-embed__bar" role="group" aria-label="Run controls">
        <button
          type="button"
          className="fs-button fs-button--primary fs-embed__play"
          onClick={controller.togglePlay}
          aria-label={playing ? 'Pause' : 'Play'}
          data-testid="play-pause"
        >
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
          <span className="fs-embed__play-text">{playing ? ' Pause' : ' Play'}</span>
        </button>
        <span className="fs-embed__clock" role="timer" aria-label="Simulated time" data-testid="sim-time">
          {clock}
        </span>
        <a
          className="fs-embed__open"
          href={openAddress(lessonFragment ?? link)}
          target="_blank"
          rel="noopener"
          data-testid="open-in-flowscope"
        >
          Open in Flowscope <span aria-hidden="true">↗</span>
        </a>
      </div>
    </div>
  );
}
