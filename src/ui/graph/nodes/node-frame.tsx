/**
 * The chrome every node shares: handles, icon, label, kind, body and the dock at the bottom where
 * the particle canvas draws the waiting line and the requests in service.
 */
import { Handle, Position } from '@xyflow/react';
import type { ReactNode } from 'react';
import { KIND_NAME } from '../../names.ts';
import type { FlowNodeData } from '../flow-types.ts';
import { NODE_WIDTH } from '../node-geometry.ts';
import { useAppStore } from '../../sim-context.ts';
import { RhoFigure } from '../../teaching/rho-figure.tsx';
import { KindIcon } from './kind-icon.tsx';

interface NodeFrameProps {
  id: string;
  data: FlowNodeData;
  selected: boolean;
  children: ReactNode;
  dock?: ReactNode;
  /** Shown at the top right, beside the name (a client's dot swatch). */
  badge?: ReactNode;
  /** What is wrong with the node now (crashed, slowed, full, down): a tab on the card's top edge. */
  alerts?: ReactNode;
  device?: 'mobile' | 'web';
  kindLabel?: string;
  dimmed?: boolean;
}

export function NodeFrame({
  id,
  data,
  selected,
  children,
  dock,
  badge,
  alerts,
  device,
  kindLabel,
  dimmed,
}: NodeFrameProps) {
  // The node a lesson step asks the learner to watch.
  const lessonFocus = useAppStore((s) => s.lessonFocusNodeId === id);
  // Requests enter on the left and leave on the right, or (top-to-bottom layout) top and bottom.
  const down = useAppStore((s) => s.flowDirection === 'down');
  const className = [
    'fs-node',
    `fs-node--${data.kind}`,
    selected && 'is-selected',
    dimmed && 'is-dimmed',
    lessonFocus && 'is-lesson-focus',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className} data-testid={`node-${id}`} style={{ width: NODE_WIDTH }}>
      {data.kind !== 'client' && <Handle type="target" position={down ? Position.Top : Position.Left} />}
      {/* A tab on the card's top edge: it never squeezes the name or changes the card's height. */}
      {alerts && <div className="fs-node__badges">{alerts}</div>}
      <div className="fs-node__head">
        <KindIcon kind={data.kind} device={device} />
        <div className="fs-node__names">
          <div className="fs-node__label">{data.label}</div>
          <div className="fs-node__kind">{kindLabel ?? KIND_NAME[data.kind]}</div>
        </div>
        {badge}
      </div>
      <div className="fs-node__body">
        {children}
        <RhoFigure id={id} />
      </div>
      {dock}
      <Handle type="source" position={down ? Position.Bottom : Position.Right} />
    </div>
  );
}

interface FigureProps {
  name: string;
  value: ReactNode;
  testId?: string;
  tone?: 'bad' | 'good';
  /** Hidden when the graph is zoomed out, so the main figures can be shown larger. */
  secondary?: boolean;
}

/** One "name: value" line of live figures. */
export function Figure({ name, value, testId, tone, secondary }: FigureProps) {
  return (
    <div className={secondary ? 'fs-figure fs-secondary' : 'fs-figure'}>
      <span className="fs-figure__name">{name}</span>
      <span className={`fs-figure__value${tone ? ` is-${tone}` : ''}`} data-testid={testId}>
        {value}
      </span>
    </div>
  );
}
