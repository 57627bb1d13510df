/** The five built-in scenarios, each with its one-line description, as a menu of buttons. */
import { useEffect, useRef, useState } from 'react';
import { PRESETS } from '../../scenario/presets/index.ts';
import { selectPresetId } from '../../state/selectors.ts';
import { useAppStore, useController } from '../sim-context.ts';
import { useDismiss } from './use-dismiss.ts';

export function PresetsMenu() {
  const controller = useController();
  const presetId = useAppStore(selectPresetId);
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useDismiss(open, ref, () => setOpen(false));
  const firstRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) firstRef.current?.focus();
  }, [open]);
  return (
    <div className="fs-menu" ref={ref}>
      <button
        type="button"
        className="fs-button"
        aria-expanded={open}
        aria-controls="fs-presets-list"
        onClick={() => setOpen(!open)}
        data-testid="presets-menu"
      >
        Presets <span aria-hidden="true">▾</span>
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
                  setOpen(false);
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
