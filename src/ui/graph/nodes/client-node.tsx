/** A client: its device (icon, dot shape and colour), its set rate and what it actually sends. */
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { selectNode } from '../../../state/selectors.ts';
import { formatPercent, formatRate } from '../../format.ts';
import { useAppStore } from '../../sim-context.ts';
import { DotSwatch } from '../dot-swatch.tsx';
import type { FlowNode } from '../flow-types.ts';
import { CallerFigures } from './defence-figures.tsx';
import { Figure, NodeFrame } from './node-frame.tsx';
import { PublisherFigures } from './publisher-figures.tsx';

export const ClientNodeView = memo(function ClientNodeView({ id, data, selected }: NodeProps<FlowNode>) {
  const node = useAppStore(selectNode(id));
  const sent = useAppStore((s) => formatRate(s.live.edgeRatePerS[s.topology.outEdges[id]?.[0] ?? -1] ?? 0));
  if (node?.kind !== 'client') return null;
  const device = node.device;
  return (
    <NodeFrame
      id={id}
      data={data}
      selected={selected}
      device={device}
      kindLabel={device === 'mobile' ? 'Mobile client' : 'Web client'}
      badge={<DotSwatch shape={device} />}
    >
      <Figure name="Rate" value={`${node.rate}/s`} testId={`client-rate-${id}`} />
      <Figure name="Sending" value={sent} secondary />
      <PublisherFigures id={id} />
      {node.invalidAuthShare > 0 && (
        <Figure name="Bad credentials" value={formatPercent(node.invalidAuthShare)} secondary />
      )}
      <CallerFigures id={id} node={node} />
    </NodeFrame>
  );
});
