/**
 * The editable parameters of one node, for the parameters panel (`full` false: the knobs a lesson
 * turns most) and the inspector (`full`: everything).
 */
import type { ScenarioNode } from '../../scenario/types.ts';
import { useController } from '../sim-context.ts';
import { BalancerParams } from './balancer-params.tsx';
import { BreakerParams } from './defence-params.tsx';
import { ClientParams } from './client-params.tsx';
import { SelectField } from './fields.tsx';
import { GatewayParams } from './gateway-params.tsx';
import { QueueParams } from './queue-params.tsx';
import { ServiceParams } from './service-params.tsx';
import { CapacityField, ServiceTimeField, WorkersField } from './worker-fields.tsx';

const MODES = [
  { value: 'parallel', label: 'All at once (parallel)' },
  { value: 'sequential', label: 'One after another' },
] as const;

function OrchestratorParams({
  node,
  full,
}: {
  node: Extract<ScenarioNode, { kind: 'orchestrator' }>;
  full: boolean;
}) {
  const controller = useController();
  return (
    <>
      <SelectField
        label="Calls"
        context={node.label}
        testId={`param-${node.id}-mode`}
        value={node.mode}
        options={MODES}
        onChange={(mode) => controller.changeNode(node.id, { mode })}
      />
      {full && (
        <>
          <WorkersField node={node} />
          <ServiceTimeField node={node} label="Aggregation time" />
          <CapacityField node={node} />
          <BreakerParams node={node} />
        </>
      )}
    </>
  );
}

export function NodeParams({ node, full }: { node: ScenarioNode; full: boolean }) {
  switch (node.kind) {
    case 'client':
      return <ClientParams node={node} full={full} />;
    case 'loadBalancer':
      return <BalancerParams node={node} full={full} />;
    case 'gateway':
      return <GatewayParams node={node} full={full} />;
    case 'orchestrator':
      return <OrchestratorParams node={node} full={full} />;
    case 'service':
      return <ServiceParams node={node} full={full} />;
    case 'queue':
      return <QueueParams node={node} full={full} />;
  }
}
