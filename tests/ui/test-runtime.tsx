/** Renders components against a real store and controller with a recording fake worker client. */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { getPreset } from '../../src/scenario/presets/index.ts';
import { createSimRuntime, type SimRuntime } from '../../src/state/sim-runtime.ts';
import { SimContext } from '../../src/ui/sim-context.ts';
import { createFakeClient, type FakeClient } from '../state/fake-client.ts';
import { makeSnapshot, type SnapshotSpec } from '../state/make-snapshot.ts';

export interface TestRuntime {
  runtime: SimRuntime;
  client: FakeClient;
  /** Publishes a snapshot to the store at once (as while paused). */
  feed: (spec: SnapshotSpec) => void;
  renderUi: (ui: ReactNode) => ReturnType<typeof render>;
}

export function createTestRuntime(presetId = 'full'): TestRuntime {
  const client = createFakeClient();
  const preset = getPreset(presetId)!;
  const runtime = createSimRuntime({
    scenario: preset.scenario,
    presetId: preset.id,
    createClient: () => client,
  });
  runtime.bridge.clear();
  return {
    runtime,
    client,
    feed: (spec) =>
      runtime.bridge.receive({
        type: 'snapshot',
        run: 1,
        snapshot: makeSnapshot(runtime.store.getState().scenario, spec),
        playing: false,
      }),
    renderUi: (ui) => render(<SimContext value={runtime}>{ui}</SimContext>),
  };
}
