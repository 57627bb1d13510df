/**
 * Labelled form fields. Every field has a visible label; its accessible name adds the component it
 * belongs to ("Rate, Mobile app") so each one is unique on the page and easy to find by name.
 */
import { useId, type ReactNode } from 'react';
import { nearestIndex } from './nice-steps.ts';

interface FieldBase {
  label: string;
  /** The component the field belongs to, for the accessible name. */
  context: string;
  testId?: string;
  hint?: ReactNode;
}

export function SliderField({
  label,
  context,
  testId,
  hint,
  steps,
  value,
  format,
  onChange,
}: FieldBase & {
  steps: readonly number[];
  value: number;
  format: (v: number) => string;
  onChange: (v: number) => void;
}) {
  const id = useId();
  const index = nearestIndex(steps, value);
  return (
    <div className="fs-field">
      <label className="fs-field__label" htmlFor={id}>
        <span>{label}</span>
        <output className="fs-field__value" htmlFor={id}>
          {format(value)}
        </output>
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={steps.length - 1}
        step={1}
        value={index}
        aria-label={`${label}, ${context}`}
        aria-valuetext={format(value)}
        data-testid={testId}
        onChange={(event) => onChange(steps[Number(event.currentTarget.value)])}
      />
      {hint && <div className="fs-field__hint">{hint}</div>}
    </div>
  );
}

export function SelectField<T extends string>({
  label,
  context,
  testId,
  hint,
  value,
  options,
  onChange,
}: FieldBase & { value: T; options: readonly { value: T; label: string }[]; onChange: (v: T) => void }) {
  const id = useId();
  return (
    <div className="fs-field">
      <label className="fs-field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        aria-label={`${label}, ${context}`}
        data-testid={testId}
        onChange={(event) => onChange(event.currentTarget.value as T)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint && <div className="fs-field__hint">{hint}</div>}
    </div>
  );
}

export function ToggleField({
  label,
  context,
  testId,
  hint,
  checked,
  onChange,
}: FieldBase & { checked: boolean; onChange: (v: boolean) => void }) {
  const id = useId();
  return (
    <div className="fs-field fs-field--toggle">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-label={`${label}, ${context}`}
        data-testid={testId}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint && <div className="fs-field__hint">{hint}</div>}
    </div>
  );
}
