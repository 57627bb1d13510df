/**
 * The scenario as it stands after a live change. The worker keeps it so that `reset` restarts with
 * the parameters on screen, and the store keeps the same copy so the controls show them.
 */
import type { ParameterChange } from '../engine/index.ts';
import type { Scenario, ScenarioNode } from '../scenario/types.ts';

export function withChange(scenario: Scenario, change: ParameterChange): Scenario {
  if (change.type === 'node') {
    const nodes = scenario.nodes.map((node) =>
      node.id === change.nodeId ? ({ ...node, ...change.patch } as ScenarioNode) : node,
    );
    return { ...scenario, nodes };
  }
  const edges = scenario.edges.map((edge, index) =>
    index === change.edgeIndex ? { ...edge, ...change.patch } : edge,
  );
  return { ...scenario, edges };
}
