/** A queue's knobs: how much it may hold and what gives when it is full. */
import { OVERFLOW_POLICIES, type QueueNode } from '../../scenario/types.ts';
import { OVERFLOW_NAME } from '../names.ts';
import { useController } from '../sim-context.ts';
import { SelectField, SliderField } from './fields.tsx';
import { CAPACITY_STEPS, formatCapacity } from './steps.ts';

const OVERFLOW_OPTIONS = OVERFLOW_POLICIES.map((value) => ({ value, label: OVERFLOW_NAME[value] }));

export function QueueParams({ node }: { node: QueueNode; full: boolean }) {
  const controller = useController();
  return (
    <>
      <SliderField
        label="Capacity (jobs)"
        context={node.label}
        testId={`param-${node.id}-capacity`}
        steps={CAPACITY_STEPS}
        value={node.capacity ?? Infinity}
        format={formatCapacity}
        onChange={(v) => controller.changeNode(node.id, { capacity: Number.isFinite(v) ? v : null })}
      />
      <SelectField
        label="When full"
        context={node.label}
        testId={`param-${node.id}-overflow`}
        value={node.overflow}
        options={OVERFLOW_OPTIONS}
        onChange={(overflow) => controller.changeNode(node.id, { overflow })}
      />
    </>
  );
}
