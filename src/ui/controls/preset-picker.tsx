/**
 * The one way to switch between the built-in scenarios: a menu button that names the scenario
 * running now (in full, never truncated) and opens the presets, each with its one-line
 * description, so a first visit sees where to start. (A native drop-down beside a Presets menu did
 * the same job twice, and clipped the title.)
 */
import { getPreset, PRESETS } from '../../scenario/presets/index.ts';
import { selectPresetId } from '../../state/selectors.ts';
import { MenuButton } from '../kit/menu-button.tsx';
import { MenuItem } from '../kit/menu-item.tsx';
import { useAppStore, useController } from '../sim-context.ts';

export function PresetPicker() {
  const controller = useController();
  const presetId = useAppStore(selectPresetId);
  const title = (presetId !== null && getPreset(presetId)?.title) || 'Custom scenario';
  return (
    <MenuButton
      id="fs-presets-list"
      menuLabel="Presets"
      className="fs-preset"
      buttonClassName="fs-preset__button"
      listClassName="fs-menu__list--wide"
      buttonLabel={`Scenario: ${title}. Choose a preset`}
      button={
        <>
          <span className="fs-preset__title">{title}</span> <span aria-hidden="true">▾</span>
        </>
      }
      testId="presets-menu"
      buttonData={{ 'data-preset-id': presetId ?? '' }}
    >
      {PRESETS.map((preset) => (
        <MenuItem
          key={preset.id}
          testId={`preset-${preset.id}`}
          current={preset.id === presetId}
          onSelect={() => controller.loadScenario(preset.scenario, preset.id)}
        >
          <span className="fs-menu__title">{preset.title}</span>
          <span className="fs-menu__desc">{preset.description}</span>
        </MenuItem>
      ))}
    </MenuButton>
  );
}
