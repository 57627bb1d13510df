/** The inspector's "Faults" heading and buttons, for components that can suffer one. */
import type { ScenarioNode } from '../../scenario/types.ts';
import { FaultActions } from './fault-actions.tsx';

export function FaultSection({ node }: { node: ScenarioNode }) {
  if (node.kind === 'queue') return null;
  return (
    <>
      <h3 className="fs-inspector__section">Faults</h3>
      <FaultActions node={node} />
    </>
  );
}
