/**
 * Compare mode's controls: the Compare button in the top bar (with the choice of what to keep on
 * leaving), and the bar under it: which side the controls change, what B changes, and whether B's
 * clients still send exactly A's requests.
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { sameRequests } from '../../scenario/same-requests.ts';
import { presetDiff } from '../../scenario/link/preset-diff.ts';
import { useAppStore, useSim } from '../sim-context.ts';
import { useCompareRuntime, useComparePair } from './compare-context.ts';
import './compare.css';

const CompareLeave = lazy(() => import('./compare-leave.tsx').then((m) => ({ default: m.CompareLeave })));

export function CompareButton() {
  const runtime = useSim();
  const b = useCompareRuntime();
  const [leaving, setLeaving] = useState(false);
  const session = () => import('../../state/compare-session.ts');
  // Closing the dialog hands focus back to the Compare button (kit/modal.tsx).
  const leave = (keep: 'A' | 'B' | null) => {
    setLeaving(false);
    if (keep) void session().then((m) => m.stopCompare(runtime, keep));
  };
  return (
    <div className="fs-compare-button">
      <button
        type="button"
        className="fs-button"
        aria-pressed={b !== null}
        aria-haspopup={b ? 'dialog' : undefined}
        onClick={() => (b ? setLeaving(true) : void session().then((m) => m.startCompare(runtime)))}
        data-testid="compare-toggle"
      >
        Compare
      </button>
      {leaving && (
        <Suspense fallback={null}>
          <CompareLeave leave={leave} />
        </Suspense>
      )}
    </div>
  );
}

export function CompareBar() {
  const pair = useComparePair();
  const own = useSim();
  const target = useAppStore((s) => s.compareTarget);
  const setTarget = useAppStore((s) => s.setCompareTarget);
  const a = useAppStore((s) => s.scenario);
  const b = useStore(pair?.b.store ?? own.store, (s) => s.scenario);
  const same = useMemo(() => sameRequests(a, b), [a, b]);
  const changes = useMemo(() => {
    const diff = presetDiff(a, { ...b, seed: a.seed });
    if (!diff) return 'a different diagram';
    const list = diff.filter((p) => p.name !== 'seed').map((p) => `${p.name}=${p.value}`);
    return list.length === 0 ? 'nothing yet (B is a copy of A)' : list.join(', ');
  }, [a, b]);
  if (!pair) return null;
  return (
    <div className="fs-compare-bar" data-testid="compare-bar">
      <div className="fs-compare-bar__target" role="radiogroup" aria-label="Controls change">
        <span className="fs-compare-bar__label">Controls change</span>
        {(['A', 'B'] as const).map((side) => (
          <button
            key={side}
            type="button"
            role="radio"
            aria-checked={target === side}
            className={`fs-target fs-target--${side}`}
            onClick={() => setTarget(side)}
            data-testid={`target-${side}`}
          >
            {side}
          </button>
        ))}
      </div>
      <p className="fs-compare-bar__changes" data-testid="compare-changes">
        B changes: <code>{changes}</code>
      </p>
      <p
        className={`fs-compare-bar__same${same.holds ? '' : ' is-warning'}`}
        role="status"
        data-testid="same-requests"
      >
        {same.holds
          ? '✓ Same requests in A and B: one seed, and no client changed, so the difference is the change’s, not luck’s.'
          : `⚠ Not the same requests: B changed ${same.changedClients.join(', ')}, so its arrivals differ from A’s and part of the difference is luck.`}
      </p>
    </div>
  );
}
