/**
 * The balancer's knobs: its algorithm, which servers are up, and their weights.
 *
 * "Number of app servers": each server is its own node, so instead of a count we offer a switch
 * per server. A server switched off is `down` and answers 503 — exactly what a balancer without
 * health checks keeps sending traffic to, which is itself worth seeing in class.
 */
import { LB_ALGORITHMS, type LoadBalancerNode } from '../../scenario/types.ts';
import { selectScenario, selectTopology } from '../../state/selectors.ts';
import { ALGORITHM_NAME } from '../names.ts';
import { useAppStore, useController } from '../sim-context.ts';
import { SelectField, SliderField, ToggleField } from './fields.tsx';
import { WEIGHT_STEPS } from './steps.ts';

const ALGORITHM_OPTIONS = LB_ALGORITHMS.map((value) => ({ value, label: ALGORITHM_NAME[value] }));

export function BalancerParams({ node }: { node: LoadBalancerNode; full: boolean }) {
  const controller = useController();
  const topology = useAppStore(selectTopology);
  const scenario = useAppStore(selectScenario);
  const outEdges = topology.outEdges[node.id] ?? [];
  return (
    <>
      <SelectField
        label="Algorithm"
        context={node.label}
        testId={`param-${node.id}-algorithm`}
        value={node.algorithm}
        options={ALGORITHM_OPTIONS}
        onChange={(algorithm) => controller.changeNode(node.id, { algorithm })}
      />
      {outEdges.map((e) => {
        const target = scenario.nodes.find((n) => n.id === scenario.edges[e].to);
        if (!target) return null;
        return (
          <div key={e} className="fs-field-group">
            {target.kind === 'service' && (
              <ToggleField
                label={`${target.label} running`}
                context={node.label}
                testId={`param-${target.id}-up`}
                checked={!target.down}
                onChange={(up) => controller.changeNode(target.id, { down: !up })}
              />
            )}
            {node.algorithm === 'weighted-round-robin' && (
              <SliderField
                label={`Weight of ${target.label}`}
                context={node.label}
                testId={`param-edge-${e}-weight`}
                steps={WEIGHT_STEPS}
                value={scenario.edges[e].weight}
                format={String}
                onChange={(weight) => controller.changeEdge(e, { weight })}
              />
            )}
          </div>
        );
      })}
    </>
  );
}
