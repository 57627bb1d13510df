/**
 * The gateway's knobs: its rate limit and how many requests it can process at once.
 * "Gateway instances" are modelled as the gateway's workers: N identical instances behind one
 * address behave like one station with N workers.
 */
import { BreakerParams, CallerParams } from './defence-params.tsx';
import type { GatewayNode, RateLimit } from '../../scenario/types.ts';
import { useController } from '../sim-context.ts';
import { SelectField, SliderField, ToggleField } from './fields.tsx';
import { BURST_STEPS, formatRateSetting, RATE_LIMIT_STEPS } from './steps.ts';
import { CapacityField, ServiceTimeField, WorkersField } from './worker-fields.tsx';

const DEFAULT_LIMIT: RateLimit = { rate: 100, burst: 20, per: 'global' };
const PER_OPTIONS = [
  { value: 'global', label: 'All users together' },
  { value: 'user', label: 'Each user' },
] as const;

export function GatewayParams({ node, full }: { node: GatewayNode; full: boolean }) {
  const controller = useController();
  const limit = node.rateLimit;
  const setLimit = (patch: Partial<RateLimit> | null) =>
    controller.changeNode(node.id, {
      rateLimit: patch === null ? null : { ...(limit ?? DEFAULT_LIMIT), ...patch },
    });
  return (
    <>
      <ToggleField
        label="Rate limit"
        context={node.label}
        testId={`param-${node.id}-rate-limit-on`}
        checked={limit !== null}
        onChange={(on) => setLimit(on ? {} : null)}
      />
      {limit && (
        <SliderField
          label="Limit (requests/s)"
          context={node.label}
          testId={`param-${node.id}-rate-limit`}
          steps={RATE_LIMIT_STEPS}
          value={limit.rate}
          format={formatRateSetting}
          onChange={(rate) => setLimit({ rate })}
        />
      )}
      {limit && full && (
        <>
          <SliderField
            label="Burst"
            context={node.label}
            testId={`param-${node.id}-burst`}
            steps={BURST_STEPS}
            value={limit.burst}
            format={String}
            onChange={(burst) => setLimit({ burst })}
          />
          <SelectField
            label="Limit applies to"
            context={node.label}
            testId={`param-${node.id}-limit-per`}
            value={limit.per}
            options={PER_OPTIONS}
            onChange={(per) => setLimit({ per })}
          />
        </>
      )}
      <WorkersField node={node} label="Instances (workers)" />
      {full && (
        <>
          <ServiceTimeField node={node} label="Processing time" />
          <CapacityField node={node} />
          <ToggleField
            label="Check credentials (401)"
            context={node.label}
            testId={`param-${node.id}-auth`}
            checked={node.auth}
            onChange={(auth) => controller.changeNode(node.id, { auth })}
          />
          <ToggleField
            label="Validate requests (400)"
            context={node.label}
            testId={`param-${node.id}-validate`}
            checked={node.validate}
            onChange={(validate) => controller.changeNode(node.id, { validate })}
          />
          <CallerParams node={node} />
          <BreakerParams node={node} />
        </>
      )}
    </>
  );
}
