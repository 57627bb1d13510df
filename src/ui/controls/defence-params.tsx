/**
 * The overload defences' controls, loaded on demand: they show only in an inspector (full
 * parameters), so their code and worked hints stay out of the first download (DESIGN.md budgets
 * initial JavaScript at 180 KB gzip). Each renders nothing until its module has arrived.
 */
import { lazy, Suspense, type ComponentProps } from 'react';

const Caller = lazy(() => import('./caller-params.tsx').then((m) => ({ default: m.CallerParams })));
const Breaker = lazy(() => import('./breaker-params.tsx').then((m) => ({ default: m.BreakerParams })));
const Autoscale = lazy(() => import('./autoscale-params.tsx').then((m) => ({ default: m.AutoscaleParams })));

export function CallerParams(props: ComponentProps<typeof Caller>) {
  return (
    <Suspense fallback={null}>
      <Caller {...props} />
    </Suspense>
  );
}

export function BreakerParams(props: ComponentProps<typeof Breaker>) {
  return (
    <Suspense fallback={null}>
      <Breaker {...props} />
    </Suspense>
  );
}

export function AutoscaleParams(props: ComponentProps<typeof Autoscale>) {
  return (
    <Suspense fallback={null}>
      <Autoscale {...props} />
    </Suspense>
  );
}
