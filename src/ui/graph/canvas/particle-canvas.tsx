/**
 * One canvas over the flow pane that draws every request in flight, in flow coordinates: each
 * animation frame it reads the viewport transform and node layout from React Flow's store and the
 * latest dots from the dot frame, without any React render. It redraws only when something moved.
 */
import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { presenterDotScale } from '../../present/presenter-state.ts';
import { useSim } from '../../sim-context.ts';
import { drawTracedRing, recordDotPositions } from '../../trace/dot-hits.ts';
import type { FlowEdge, FlowNode } from '../flow-types.ts';
import { layoutDots } from './dot-layout.ts';
import { drawDots } from './draw-dots.ts';
import { DOT_STATE } from '../../../worker/protocol.ts';
import { drawEndingBadges, drawLineOverflow } from './draw-overlays.ts';
import { FlowGeometry } from './flow-geometry.ts';

type FaultDrawing = typeof import('./fault-drawing.ts');
/** Loaded once, the first time a snapshot shows a cut's pile or a crash's lost work. */
let faultDrawing: FaultDrawing | null = null;
let faultDrawingLoading = false;

function needsFaultDrawing(frame: ReturnType<typeof useSim>['frame']): boolean {
  if (frame.lost.items.length > 0) return true;
  const dots = frame.dots;
  if (dots === null || !frame.edges?.some((edge) => edge.cut)) return false;
  for (let i = 0; i < dots.count; i++) if (dots.state[i] === DOT_STATE.atCut) return true;
  return false;
}

export function ParticleCanvas() {
  const rf = useStoreApi<FlowNode, FlowEdge>();
  const { frame, store } = useSim();
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const geometry = new FlowGeometry();
    let xs = new Float32Array(2048);
    let ys = new Float32Array(2048);
    let parked = new Uint16Array(0);
    // What the last drawn frame showed; equal inputs and no fading badge mean nothing to redraw.
    let drawnVersion = -1;
    let drawnTx = NaN;
    let drawnTy = NaN;
    let drawnZoom = NaN;
    let drawnNodes: unknown = null;
    let drawnWidth = 0;
    let drawnHeight = 0;
    let fading = false;
    let handle = 0;

    const paint = (): void => {
      handle = requestAnimationFrame(paint);
      const playing = store.getState().status === 'playing';
      // Lost-work marks age with running time only: ticked every frame, drawn or not.
      faultDrawing?.tickLostMarks(frame.lost, performance.now(), playing);
      if (faultDrawing === null && !faultDrawingLoading && needsFaultDrawing(frame)) {
        faultDrawingLoading = true;
        void import('./fault-drawing.ts').then(
          (module) => {
            faultDrawing = module;
            drawnVersion = -1; // draw the pile and the crosses now
          },
          () => {
            faultDrawingLoading = false; // try again with the next snapshot that needs it
          },
        );
      }
      const { width, height, transform, nodeLookup, nodes } = rf.getState();
      const [tx, ty, zoom] = transform;
      const dpr = window.devicePixelRatio || 1;
      const pixelWidth = Math.round(width * dpr);
      const pixelHeight = Math.round(height * dpr);
      const resized = pixelWidth !== drawnWidth || pixelHeight !== drawnHeight;
      if (
        !resized &&
        !fading &&
        frame.version === drawnVersion &&
        tx === drawnTx &&
        ty === drawnTy &&
        zoom === drawnZoom &&
        nodes === drawnNodes
      ) {
        return;
      }
      if (resized) {
        canvas.width = pixelWidth;
        canvas.height = pixelHeight;
        drawnWidth = pixelWidth;
        drawnHeight = pixelHeight;
      }
      drawnVersion = frame.version;
      drawnTx = tx;
      drawnTy = ty;
      drawnZoom = zoom;
      drawnNodes = nodes;

      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, pixelWidth, pixelHeight);
      const { topology, reducedMotion, flowDirection } = store.getState();
      if (!geometry.update(nodeLookup, topology, flowDirection === 'down')) return;
      // From here on we draw in flow coordinates, exactly where React Flow puts nodes and edges.
      ctx.setTransform(dpr * zoom, 0, 0, dpr * zoom, dpr * tx, dpr * ty);

      const dots = frame.dots;
      if (dots) {
        if (xs.length < dots.count) {
          xs = new Float32Array(dots.count * 2);
          ys = new Float32Array(dots.count * 2);
        }
        if (parked.length !== geometry.nodeX.length) parked = new Uint16Array(geometry.nodeX.length);
        layoutDots(
          dots,
          frame.nodes,
          geometry,
          xs,
          ys,
          !reducedMotion,
          parked,
          faultDrawing?.pilePoint ?? null,
        );
        drawDots(ctx, dots, xs, ys, zoom, presenterDotScale());
        recordDotPositions(frame, dots, xs, ys);
        drawTracedRing(ctx, dots, xs, ys, zoom, store.getState().trace?.requestId ?? null);
      }
      if (frame.nodes) drawLineOverflow(ctx, frame.nodes, geometry);
      const marking =
        faultDrawing !== null &&
        faultDrawing.drawLostMarks(ctx, frame.lost, frame.nodes, geometry, !reducedMotion);
      fading = drawEndingBadges(ctx, frame.markers, geometry, performance.now(), !reducedMotion);
      // Lost marks change (fade, expire) only while the run plays.
      fading ||= marking && playing;
    };
    handle = requestAnimationFrame(paint);
    return () => cancelAnimationFrame(handle);
  }, [rf, frame, store]);

  return <canvas ref={canvasRef} className="fs-particles" aria-hidden="true" data-testid="particle-canvas" />;
}
