/**
 * What the dots mean, and how many requests one dot stands for when they are sampled. It names
 * only what this scenario can draw: a request's colour is its client's device, and a job keeps
 * the colour of the request that published it (so in the 30-vs-5 preset jobs are orange, the web
 * producer's colour), which the job entry says rather than showing one blue diamond.
 */
import { Panel } from '@xyflow/react';
import { selectPerDot, selectReducedMotion } from '../../state/selectors.ts';
import type { Scenario } from '../../scenario/types.ts';
import { useAppStore } from '../sim-context.ts';
import { DotSwatch } from './dot-swatch.tsx';

type Device = 'mobile' | 'web';
const DEVICES: readonly Device[] = ['mobile', 'web'];

/** The devices this scenario's clients use, as one string so the selector returns a primitive. */
function devicesOf(scenario: Scenario): string {
  const used = new Set<string>();
  for (const node of scenario.nodes) if (node.kind === 'client') used.add(node.device);
  return DEVICES.filter((d) => used.has(d)).join(' ');
}

const selectDevices = (s: { scenario: Scenario }) => devicesOf(s.scenario);
/** Whether any client or gateway retries, and whether any gives up (a timeout). */
const selectRetries = (s: { scenario: Scenario }) =>
  s.scenario.nodes.some((n) => (n.kind === 'client' || n.kind === 'gateway') && n.retry !== null);
const selectTimeouts = (s: { scenario: Scenario }) =>
  s.scenario.nodes.some((n) => (n.kind === 'client' || n.kind === 'gateway') && n.timeout !== null);
const selectHasQueue = (s: { scenario: Scenario }) => s.scenario.nodes.some((n) => n.kind === 'queue');

export function DotLegend() {
  const perDot = useAppStore(selectPerDot);
  const reducedMotion = useAppStore(selectReducedMotion);
  const devices = useAppStore(selectDevices).split(' ').filter(Boolean) as Device[];
  const hasQueue = useAppStore(selectHasQueue);
  const retries = useAppStore(selectRetries);
  const timeouts = useAppStore(selectTimeouts);
  // The marks are drawn on the first device's shape; the legend shows them on the same shape.
  const shape: Device = devices[0] ?? 'web';
  return (
    <Panel position="top-left" className="fs-legend" aria-label="Legend" data-testid="dot-legend">
      {devices.map((device) => (
        <span key={device} className="fs-legend__item" data-testid={`legend-${device}`}>
          <DotSwatch shape={device} /> {device === 'mobile' ? 'Mobile request' : 'Web request'}
        </span>
      ))}
      {hasQueue && (
        <span className="fs-legend__item" data-testid="legend-job">
          {devices.map((device) => (
            <DotSwatch key={device} shape="job" device={device} />
          ))}{' '}
          Job, in its request&rsquo;s colour
        </span>
      )}
      {retries && (
        <span className="fs-legend__item" data-testid="legend-retry">
          <DotSwatch shape={shape} retry /> Retry (notch)
        </span>
      )}
      {timeouts && (
        <>
          <span className="fs-legend__item" data-testid="legend-timeout">
            <span className="fs-legend__badge">504</span>{' '}
            <span>
              Timed out<span className="fs-legend__more">: the caller gave up</span>
            </span>
          </span>
          <span className="fs-legend__item" data-testid="legend-wasted">
            <DotSwatch shape={shape} wasted />
            <span>
              Wasted<span className="fs-legend__more">: served after its caller gave up</span>
            </span>
          </span>
        </>
      )}
      {perDot > 1 && (
        <strong className="fs-legend__item fs-legend__sampled" data-testid="dot-sampling">
          1 dot = {perDot} requests
        </strong>
      )}
      {reducedMotion && <span className="fs-legend__item">Reduced motion: moving dots hidden</span>}
    </Panel>
  );
}
