/**
 * The legend names the overload defences' marks when the scenario can draw them: a retry's notch,
 * the 504 a caller shows when it gives up, and the wasted work that goes on downstream. Each mark
 * is a shape, an outline or text, so it reads without colour.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/ui/app.tsx';
import { createTestRuntime } from './test-runtime.tsx';

describe('the legend of the defences’ marks', () => {
  it('names retries, timeouts (504) and wasted work in the retry storm', async () => {
    const t = createTestRuntime('retry-storm');
    t.renderUi(<App />);
    const legend = await screen.findByTestId('dot-legend');
    expect(legend).toHaveTextContent('Retry (notch)');
    expect(screen.getByTestId('legend-timeout')).toHaveTextContent('504 Timed out');
    expect(screen.getByTestId('legend-wasted')).toHaveTextContent(/Wasted: served after its caller gave up/);
    // The retry's notch and the wasted dot's dashed, faded outline are drawn in the swatches.
    const retrySwatch = screen.getByTestId('legend-retry').querySelector('svg')!;
    expect(retrySwatch.querySelectorAll('circle, rect, path')).toHaveLength(2);
    const wasted = screen.getByTestId('legend-wasted').querySelector('rect')!;
    expect(wasted).toHaveAttribute('stroke-dasharray', '1.5 1.5');
    expect(wasted).toHaveAttribute('fill-opacity', '0.4');
  });

  it('says nothing of them where no caller times out or retries', async () => {
    const t = createTestRuntime('full');
    t.renderUi(<App />);
    await screen.findByTestId('dot-legend');
    for (const id of ['legend-retry', 'legend-timeout', 'legend-wasted'])
      expect(screen.queryByTestId(id)).toBeNull();
  });
});
