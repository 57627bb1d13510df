/**
 * Autoscaling controls for a service (queue consumers included), each hint using the scenario's
 * own numbers (DESIGN.md section 8).
 */
import type { Autoscale, ServiceNode } from '../../scenario/types.ts';
import { AUTOSCALE_DEFAULTS } from '../../scenario/resilience.ts';
import { formatDuration, formatPercent, formatRate } from '../format.ts';
import { useController } from '../sim-context.ts';
import { SelectField, SliderField, ToggleField } from './fields.tsx';
import { integerSteps } from './nice-steps.ts';

export const STARTUP_STEPS = [0, 1, 2, 5, 10, 15, 20, 30, 60, 120];
export const INTERVAL_STEPS = [1, 2, 5, 10, 15, 30, 60];
export const SCALE_DOWN_STEPS = [0, 5, 10, 15, 30, 60, 120, 300, 600];
const UTILIZATION_TARGETS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
const BACKLOG_TARGETS = [1, 2, 5, 10, 20, 50, 100];
const WORKER_STEPS = integerSteps(1, 50);

const METRICS = [
  { value: 'utilization', label: 'Busy share (utilisation)' },
  { value: 'backlog', label: 'Waiting line per worker' },
] as const;

export function AutoscaleParams({ node }: { node: ServiceNode }) {
  const controller = useController();
  const scale = node.autoscale;
  const set = (patch: Partial<Autoscale>) => {
    if (!scale) return;
    const next = { ...scale, ...patch };
    if (next.min > next.max) next.max = next.min;
    controller.changeNode(node.id, { autoscale: next });
  };
  const mean = node.serviceTime.mean;
  return (
    <fieldset className="fs-fieldset">
      <legend>Autoscaling</legend>
      <ToggleField
        label="Autoscale"
        context={node.label}
        testId={`param-${node.id}-autoscale-on`}
        checked={scale !== null}
        onChange={(on) =>
          controller.changeNode(node.id, {
            autoscale: on ? { ...AUTOSCALE_DEFAULTS, min: 1, max: Math.max(10, node.workers) } : null,
          })
        }
      />
      {scale !== null && (
        <>
          <SelectField
            label="Scale on"
            context={node.label}
            testId={`param-${node.id}-autoscale-metric`}
            value={scale.metric}
            options={METRICS}
            hint={
              scale.metric === 'utilization'
                ? 'The share of worker time spent serving over the last interval (a starting worker counts as idle).'
                : 'The waiting line per worker at the moment of the decision (for consumers, their queue’s backlog).'
            }
            // Each metric has its own unit of target: keep the one that makes sense.
            onChange={(metric) => set({ metric, target: metric === 'utilization' ? 0.7 : 10 })}
          />
          <SliderField
            label={scale.metric === 'utilization' ? 'Target utilisation' : 'Target waiting per worker'}
            context={node.label}
            testId={`param-${node.id}-autoscale-target`}
            steps={scale.metric === 'utilization' ? UTILIZATION_TARGETS : BACKLOG_TARGETS}
            value={scale.target}
            format={scale.metric === 'utilization' ? formatPercent : String}
            hint={
              scale.metric === 'utilization'
                ? `Every ${formatDuration(scale.interval)}: workers = ceil(current × busy share ÷ ${formatPercent(scale.target)}), from ${scale.min} to ${scale.max}. At λ requests/s and ${formatDuration(mean)} each it settles at ceil(λ × ${formatDuration(mean)} ÷ ${formatPercent(scale.target)}).`
                : `Every ${formatDuration(scale.interval)}: workers = ceil(waiting ÷ ${scale.target}), from ${scale.min} to ${scale.max}.`
            }
            onChange={(target) => set({ target })}
          />
          <SliderField
            label="Start-up time"
            context={node.label}
            testId={`param-${node.id}-autoscale-startup`}
            steps={STARTUP_STEPS}
            value={scale.startup}
            format={formatDuration}
            hint={`A new worker serves ${formatDuration(scale.startup)} after it is asked for (a cold start); until then the backlog keeps growing.`}
            onChange={(startup) => set({ startup })}
          />
          <SliderField
            label="Decision interval"
            context={node.label}
            testId={`param-${node.id}-autoscale-interval`}
            steps={INTERVAL_STEPS}
            value={scale.interval}
            format={formatDuration}
            hint={`A surge is noticed up to ${formatDuration(scale.interval)} late, and served ${formatDuration(scale.startup)} after that: up to ${formatDuration(scale.interval + scale.startup)} in all.`}
            onChange={(interval) => set({ interval })}
          />
          <SliderField
            label="Scale-down delay"
            context={node.label}
            testId={`param-${node.id}-autoscale-scale-down`}
            steps={SCALE_DOWN_STEPS}
            value={scale.scaleDownDelay}
            format={formatDuration}
            hint={`Workers go only after fewer have been wanted for ${formatDuration(scale.scaleDownDelay)}, so a brief lull does not undo a scale-up.`}
            onChange={(scaleDownDelay) => set({ scaleDownDelay })}
          />
          <SliderField
            label="Fewest workers"
            context={node.label}
            testId={`param-${node.id}-autoscale-min`}
            steps={WORKER_STEPS}
            value={scale.min}
            format={String}
            hint={`Never fewer than ${scale.min}, however quiet it gets.`}
            onChange={(min) => set({ min })}
          />
          <SliderField
            label="Most workers"
            context={node.label}
            testId={`param-${node.id}-autoscale-max`}
            steps={WORKER_STEPS}
            value={scale.max}
            format={String}
            hint={`Never more than ${scale.max}: at ${formatDuration(mean)} a request, they serve at most ${formatRate(scale.max / Math.max(mean, 1e-9))}.`}
            onChange={(max) => set({ max, min: Math.min(scale.min, max) })}
          />
        </>
      )}
    </fieldset>
  );
}
