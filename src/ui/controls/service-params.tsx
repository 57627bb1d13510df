/**
 * A service's knobs. For a queue's consumer the same numbers read as "consumers" and "rate per
 * consumer" (1 / mean service time), the words the producer/consumer lesson uses.
 */
import type { ServiceNode } from '../../scenario/types.ts';
import { selectTopology } from '../../state/selectors.ts';
import { useAppStore, useController } from '../sim-context.ts';
import { AutoscaleParams } from './defence-params.tsx';
import { SliderField, ToggleField } from './fields.tsx';
import { CONSUMER_RATE_STEPS, formatRateSetting, formatShare, SHARE_STEPS } from './steps.ts';
import { CapacityField, ServiceTimeField, WorkersField } from './worker-fields.tsx';

export function ServiceParams({ node, full }: { node: ServiceNode; full: boolean }) {
  const controller = useController();
  const consumer = useAppStore(selectTopology).isConsumer[node.id] === true;
  const mean = node.serviceTime.mean;
  return (
    <>
      <WorkersField node={node} label={consumer ? 'Consumers' : 'Workers'} />
      {consumer && mean > 0 ? (
        <SliderField
          label="Rate per consumer (jobs/s)"
          context={node.label}
          testId={`param-${node.id}-consumer-rate`}
          steps={CONSUMER_RATE_STEPS}
          value={1 / mean}
          format={formatRateSetting}
          hint={`total ${formatRateSetting(node.workers / mean)} with ${node.workers} consumer${node.workers === 1 ? '' : 's'}`}
          onChange={(rate) =>
            controller.changeNode(node.id, { serviceTime: { ...node.serviceTime, mean: 1 / rate } })
          }
        />
      ) : (
        <ServiceTimeField node={node} />
      )}
      <ToggleField
        label="Down (answers 503)"
        context={node.label}
        testId={`param-${node.id}-down`}
        checked={node.down}
        onChange={(down) => controller.changeNode(node.id, { down })}
      />
      {full && (
        <>
          {consumer && mean > 0 && <ServiceTimeField node={node} />}
          <CapacityField node={node} />
          <SliderField
            label="Error rate (500)"
            context={node.label}
            testId={`param-${node.id}-error-rate`}
            steps={SHARE_STEPS}
            value={node.errorRate}
            format={formatShare}
            onChange={(errorRate) => controller.changeNode(node.id, { errorRate })}
          />
          <AutoscaleParams node={node} />
        </>
      )}
    </>
  );
}
