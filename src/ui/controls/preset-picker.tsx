/**
 * The one way to switch between the built-in scenarios: a menu button that names the scenario
 * running now (in full, never truncated) and opens the five presets, each with its one-line
 * description, so a first visit sees where to start. (A native drop-down beside a Presets menu did
 * the same job twice, and clipped the title.)
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { getPreset, PRESETS } from '../../scenario/presets/index.ts';
import { selectPresetId } from '../../state/selectors.ts';
import { useAppStore, useController } from '../sim-context.ts';
import { useDismiss } from '../share/use-dismiss.ts';

export function PresetPicker() {
  const controller = useController();
  const presetId = useAppStore(selectPresetId);
  const title = (presetId !== null && getPreset(presetId)?.title) || 'Custom scenario';
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const firstRef = useRef<HTMLButtonElement>(null);
  // Closing by Escape or by a pick hands focus back to the button it came from.
  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  }, []);
  const dismiss = useCallback(() => close(ref.current?.contains(document.activeElement) ?? false), [close]);
  useDismiss(open, ref, dismiss);
  useEffect(() => {
    if (open) firstRef.current?.focus();
  }, [open]);
  return (
    <div className="fs-preset fs-menu" ref={ref}>
      <button
        ref={buttonRef}
        type="button"
        className="fs-button fs-preset__button"
        aria-expanded={open}
        aria-controls="fs-presets-list"
        aria-label={`Scenario: ${title}. Choose a preset`}
        onClick={() => setOpen(!open)}
        data-testid="presets-menu"
        data-preset-id={presetId ?? ''}
      >
        <span className="fs-preset__title">{title}</span> <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul id="fs-presets-list" className="fs-menu__list fs-menu__list--wide" aria-label="Presets">
          {PRESETS.map((preset, i) => (
            <li key={preset.id}>
              <button
                ref={i === 0 ? firstRef : undefined}
                type="button"
                className="fs-menu__item"
                aria-current={preset.id === presetId ? 'true' : undefined}
                data-testid={`preset-${preset.id}`}
                onClick={() => {
                  close(true);
                  controller.loadScenario(preset.scenario, preset.id);
                }}
              >
                <span className="fs-menu__title">{preset.title}</span>
                <span className="fs-menu__desc">{preset.description}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
