/**
 * One balancer target's health as its card shows it: in rotation, suspected (failed probes so far
 * of the threshold), out (taken out by probes) or ejected (outlier detection), with the next probe.
 */
import type { TargetLive } from '../../engine/report-types.ts';
import { TARGET_STATE } from '../../worker/protocol.ts';
// Also needed without a fault timeline: a balancer with health checks shows target states.
import './faults.css';

const WORDS = ['in rotation', 'suspected', 'out', 'ejected'] as const;

export function TargetStatus({
  target,
  threshold,
  testId,
}: {
  target: TargetLive;
  threshold: number | null;
  testId: string;
}) {
  const word = WORDS[target.state] ?? 'in rotation';
  const parts: string[] = [word];
  if (target.state === TARGET_STATE.suspected && threshold !== null) {
    parts[0] = `suspected ${target.failedProbes}/${threshold}`;
  }
  if (target.state === TARGET_STATE.ejected && target.ejectedUntilS !== null) {
    parts.push(`until ${target.ejectedUntilS.toFixed(0)} s`);
  } else if (target.nextProbeS !== null && target.state !== TARGET_STATE.inRotation) {
    parts.push(`probe at ${target.nextProbeS.toFixed(0)} s`);
  }
  const tone =
    target.state === TARGET_STATE.inRotation
      ? 'is-ok'
      : target.state === TARGET_STATE.suspected
        ? 'is-warn'
        : 'is-bad';
  return (
    <span className={`fs-target-state ${tone}`} data-testid={testId} data-state={word}>
      {parts.join(' · ')}
    </span>
  );
}
