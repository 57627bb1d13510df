/** Workers and service time: the capacity knobs shared by gateways, orchestrators and services. */
import type { GatewayNode, OrchestratorNode, ServiceNode } from '../../scenario/types.ts';
import { useController } from '../sim-context.ts';
import { SliderField } from './fields.tsx';
import { CAPACITY_STEPS, formatCapacity, formatDuration, SERVICE_TIME_STEPS, workerSteps } from './steps.ts';

type Station = GatewayNode | OrchestratorNode | ServiceNode;

export function WorkersField({ node, label = 'Workers' }: { node: Station; label?: string }) {
  const controller = useController();
  return (
    <SliderField
      label={label}
      context={node.label}
      testId={`param-${node.id}-workers`}
      steps={workerSteps(node.workers)}
      value={node.workers}
      format={String}
      onChange={(workers) => controller.changeNode(node.id, { workers })}
    />
  );
}

export function ServiceTimeField({ node, label = 'Mean service time' }: { node: Station; label?: string }) {
  const controller = useController();
  return (
    <SliderField
      label={label}
      context={node.label}
      testId={`param-${node.id}-service-time`}
      steps={SERVICE_TIME_STEPS}
      value={node.serviceTime.mean}
      format={formatDuration}
      hint={`${node.serviceTime.dist} distribution`}
      onChange={(mean) => controller.changeNode(node.id, { serviceTime: { ...node.serviceTime, mean } })}
    />
  );
}

export function CapacityField({ node, label = 'Waiting places' }: { node: Station; label?: string }) {
  const controller = useController();
  return (
    <SliderField
      label={label}
      context={node.label}
      testId={`param-${node.id}-capacity`}
      steps={CAPACITY_STEPS}
      value={node.capacity ?? Infinity}
      format={formatCapacity}
      onChange={(v) => controller.changeNode(node.id, { capacity: Number.isFinite(v) ? v : null })}
    />
  );
}
