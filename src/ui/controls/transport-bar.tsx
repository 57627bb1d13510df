/** Play, pause, step, reset, speed and seed: how the run is driven. */
import { useState } from 'react';
import { LIMITS } from '../../scenario/limits.ts';
import { SPEED_STEPS, type Speed } from '../../worker/protocol.ts';
import { selectIsPlaying, selectSeed, selectSpeed } from '../../state/selectors.ts';
import { formatSpeed } from '../format.ts';
import { useAppStore, useController } from '../sim-context.ts';

function SeedInput() {
  const controller = useController();
  const seed = useAppStore(selectSeed);
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    const value = Number(draft);
    if (draft !== null && draft.trim() !== '' && value !== seed) controller.setSeed(value);
    setDraft(null);
  };
  return (
    <form
      className="fs-seed"
      onSubmit={(event) => {
        event.preventDefault();
        commit();
      }}
    >
      <label htmlFor="fs-seed">Seed</label>
      <input
        id="fs-seed"
        type="number"
        min={0}
        max={LIMITS.seed}
        step={1}
        inputMode="numeric"
        value={draft ?? String(seed)}
        onChange={(event) => setDraft(event.currentTarget.value)}
        onBlur={commit}
        data-testid="seed-input"
      />
    </form>
  );
}

export function TransportBar() {
  const controller = useController();
  const playing = useAppStore(selectIsPlaying);
  const speed = useAppStore(selectSpeed);
  return (
    <div className="fs-transport" role="group" aria-label="Run controls">
      <button
        type="button"
        className="fs-button fs-button--primary"
        onClick={controller.togglePlay}
        aria-keyshortcuts="Space"
        data-testid="play-pause"
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>{' '}
        <span className="fs-transport__word">{playing ? 'Pause' : 'Play'}</span>
      </button>
      <button
        type="button"
        className="fs-button"
        onClick={controller.step}
        aria-keyshortcuts="."
        data-testid="step"
      >
        Step
      </button>
      <button
        type="button"
        className="fs-button"
        onClick={controller.reset}
        aria-keyshortcuts="R"
        data-testid="reset"
      >
        Reset
      </button>
      <div className="fs-speed">
        <label htmlFor="fs-speed">Speed</label>
        <select
          id="fs-speed"
          value={String(speed)}
          onChange={(event) => {
            const value = event.currentTarget.value;
            controller.setSpeed((value === 'max' ? 'max' : Number(value)) as Speed);
          }}
          aria-keyshortcuts="+ -"
          // "Max" is short so choosing it does not widen the top bar into a third row (the graph would refit).
          title={
            speed === 'max'
              ? 'Max: as fast as this computer can simulate'
              : 'Simulated seconds per real second'
          }
          data-testid="speed"
        >
          {SPEED_STEPS.map((step) => (
            <option key={String(step)} value={String(step)}>
              {step === 'max' ? 'Max' : formatSpeed(step)}
            </option>
          ))}
        </select>
      </div>
      <SeedInput />
    </div>
  );
}
