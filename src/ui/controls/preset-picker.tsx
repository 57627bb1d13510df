/** Switches between the built-in scenarios. */
import { PRESETS, getPreset } from '../../scenario/presets/index.ts';
import { selectPresetId } from '../../state/selectors.ts';
import { useAppStore, useController } from '../sim-context.ts';

export function PresetPicker() {
  const controller = useController();
  const presetId = useAppStore(selectPresetId);
  return (
    <div className="fs-preset">
      <label htmlFor="fs-preset" className="fs-visually-hidden">
        Scenario
      </label>
      <select
        id="fs-preset"
        value={presetId ?? ''}
        data-testid="preset-picker"
        onChange={(event) => {
          const preset = getPreset(event.currentTarget.value);
          if (preset) controller.loadScenario(preset.scenario, preset.id);
        }}
      >
        {presetId === null && <option value="">Custom scenario</option>}
        {PRESETS.map((preset) => (
          <option key={preset.id} value={preset.id} title={preset.description}>
            {preset.title}
          </option>
        ))}
      </select>
    </div>
  );
}
