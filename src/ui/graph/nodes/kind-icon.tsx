/** Small line icons, one per component kind, so kinds are told apart at a glance (not by colour alone). */
import type { NodeKind } from '../../../scenario/types.ts';

const PATHS: Record<NodeKind | 'mobile' | 'web', string> = {
  mobile: 'M8 2h8a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zM11 18h2',
  web: 'M3 4h18v12H3zM8 20h8M12 16v4',
  client: 'M3 4h18v12H3zM8 20h8M12 16v4',
  loadBalancer: 'M2 12h6M8 12l6-7h8M8 12h14M8 12l6 7h8M19 2l3 3-3 3M19 9l3 3-3 3M19 16l3 3-3 3',
  gateway: 'M12 2l8 3v6c0 5-3.5 9-8 11-4.5-2-8-6-8-11V5zM9 12l2 2 4-4',
  orchestrator: 'M4 12h5M9 12l5-6h5M9 12h10M9 12l5 6h5M19 6v12',
  service: 'M4 4h16v6H4zM4 14h16v6H4zM7 7h.01M7 17h.01',
  queue: 'M3 6h4v12H3zM9 6h4v12H9zM15 6h4v12h-4zM21 9v6',
};

export function KindIcon({ kind, device }: { kind: NodeKind; device?: 'mobile' | 'web' }) {
  return (
    <svg className="fs-node__icon" viewBox="0 0 24 24" width="26" height="26" aria-hidden="true">
      <path
        d={PATHS[device ?? kind]}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
