/** A client's knobs: how many requests per second it sends and how many are bad. */
import type { ClientNode } from '../../scenario/types.ts';
import { useController } from '../sim-context.ts';
import { CallerParams } from './defence-params.tsx';
import { SelectField, SliderField } from './fields.tsx';
import { formatRateSetting, formatShare, RATE_STEPS, SHARE_STEPS } from './steps.ts';

const ARRIVALS = [
  { value: 'poisson', label: 'Random (Poisson)' },
  { value: 'constant', label: 'Evenly spaced' },
] as const;

export function ClientParams({ node, full }: { node: ClientNode; full: boolean }) {
  const controller = useController();
  return (
    <>
      <SliderField
        label="Rate (requests/s)"
        context={node.label}
        testId={`param-${node.id}-rate`}
        steps={RATE_STEPS}
        value={node.rate}
        format={formatRateSetting}
        onChange={(rate) => controller.changeNode(node.id, { rate })}
      />
      <SliderField
        label="Bad credentials"
        context={node.label}
        testId={`param-${node.id}-invalid-auth`}
        steps={SHARE_STEPS}
        value={node.invalidAuthShare}
        format={formatShare}
        onChange={(invalidAuthShare) => controller.changeNode(node.id, { invalidAuthShare })}
      />
      {full && (
        <>
          <SliderField
            label="Malformed requests"
            context={node.label}
            testId={`param-${node.id}-malformed`}
            steps={SHARE_STEPS}
            value={node.malformedShare}
            format={formatShare}
            onChange={(malformedShare) => controller.changeNode(node.id, { malformedShare })}
          />
          <SelectField
            label="Arrivals"
            context={node.label}
            testId={`param-${node.id}-arrival`}
            value={node.arrival}
            options={ARRIVALS}
            onChange={(arrival) => controller.changeNode(node.id, { arrival })}
          />
          <CallerParams node={node} />
        </>
      )}
    </>
  );
}
