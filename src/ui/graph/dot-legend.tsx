/** What the dots mean, and how many requests one dot stands for when they are sampled. */
import { Panel } from '@xyflow/react';
import { selectPerDot, selectReducedMotion } from '../../state/selectors.ts';
import { useAppStore } from '../sim-context.ts';
import { DotSwatch } from './dot-swatch.tsx';

export function DotLegend() {
  const perDot = useAppStore(selectPerDot);
  const reducedMotion = useAppStore(selectReducedMotion);
  return (
    <Panel position="top-left" className="fs-legend" aria-label="Legend">
      <span className="fs-legend__item">
        <DotSwatch shape="mobile" /> Mobile request
      </span>
      <span className="fs-legend__item">
        <DotSwatch shape="web" /> Web request
      </span>
      <span className="fs-legend__item">
        <DotSwatch shape="job" /> Queued job
      </span>
      {perDot > 1 && (
        <strong className="fs-legend__item fs-legend__sampled" data-testid="dot-sampling">
          1 dot = {perDot} requests
        </strong>
      )}
      {reducedMotion && <span className="fs-legend__item">Reduced motion: moving dots hidden</span>}
    </Panel>
  );
}
