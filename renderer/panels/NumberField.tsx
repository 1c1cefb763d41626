import { useId, useState } from 'react';
import type { SteppedRange } from '../../src-core';
import { stepWithin } from '../../src-core';

interface NumberFieldProps {
  /** Visible label, also the accessible name of the number box (e.g. "Amplitude"). */
  readonly label: string;
  readonly unit: string;
  readonly value: number;
  readonly range: SteppedRange<number>;
  readonly onChange: (value: number) => void;
  /** Adds a slider under the box for parameters that are swept by hand (amplitude). */
  readonly slider?: boolean;
  readonly invalid?: boolean;
}

/**
 * A labelled number box with −/+ step buttons (and optionally a slider). What the user types is passed on
 * as typed, even out of range, so the validation message can explain it; buttons and the slider move in
 * device steps within the limits.
 */
export function NumberField({ label, unit, value, range, onChange, slider = false, invalid = false }: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const lower = label.toLowerCase();
  return (
    <div className={`field${invalid ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        {label} <span className="unit">({unit})</span>
      </label>
      <div className="field__row">
        <button type="button" aria-label={`Decrease ${lower}`} onClick={() => onChange(stepWithin(value, range, -1))}>
          −
        </button>
        <input
          id={id}
          type="number"
          inputMode="decimal"
          aria-label={`${label} (${unit})`}
          aria-invalid={invalid}
          min={range.min}
          max={range.max}
          step={range.step}
          value={draft ?? String(value)}
          onChange={(event) => {
            setDraft(event.target.value);
            const parsed = event.target.valueAsNumber;
            if (Number.isFinite(parsed)) onChange(parsed);
          }}
          onBlur={() => setDraft(undefined)}
        />
        <button type="button" aria-label={`Increase ${lower}`} onClick={() => onChange(stepWithin(value, range, 1))}>
          +
        </button>
      </div>
      {slider && (
        <input
          type="range"
          aria-label={`${label} slider`}
          min={range.min}
          max={range.max}
          step={range.step}
          value={value}
          onChange={(event) => onChange(event.target.valueAsNumber)}
        />
      )}
    </div>
  );
}
