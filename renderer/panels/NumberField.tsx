import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { SteppedRange } from '../../src-core';
import { stepWithin } from '../../src-core';
import { formatNumber, parseNumber } from '../format/number-format';

interface NumberFieldProps {
  /** Visible label, also the accessible name of the number box (e.g. "Amplitude"). */
  readonly label: string;
  /** Unit shown after the label and value ("mA"); '' for a plain count. */
  readonly unit: string;
  readonly value: number;
  readonly range: SteppedRange<number>;
  readonly onChange: (value: number) => void;
  /** Adds a slider under the box for parameters that are swept by hand (amplitude). */
  readonly slider?: boolean;
  /** The mouse wheel over the control moves the value in fine steps (and does not scroll the page meanwhile). */
  readonly wheel?: boolean;
  /** Device steps per coarse step (Shift+↑/↓, PageUp/PageDown). */
  readonly coarseSteps?: number;
  /** Device steps per click of the −/+ buttons (a programmer's fine/coarse step setting); default 1. */
  readonly buttonSteps?: number;
  readonly invalid?: boolean;
  /** Messages about this value (e.g. "above the patient maximum"), shown under it and announced. */
  readonly messages?: readonly string[];
  /** Extra line under the control (e.g. the patient maximum). */
  readonly hint?: ReactNode;
}

/** Steps a key asks for: ↑/↓ one device step, Shift+↑/↓ and PageUp/PageDown a coarse step; 0 for other keys. */
export function keySteps(event: Pick<KeyboardEvent, 'key' | 'shiftKey'>, coarseSteps: number): number {
  const coarse = event.shiftKey ? coarseSteps : 1;
  switch (event.key) {
    case 'ArrowUp':
      return coarse;
    case 'ArrowDown':
      return -coarse;
    case 'PageUp':
      return coarseSteps;
    case 'PageDown':
      return -coarseSteps;
    default:
      return 0;
  }
}

/** A value as the box shows it: the locale's decimal mark, no grouping (so no mark can be read two ways). */
const boxText = (value: number) => formatNumber(value, { grouping: false, maximumDecimals: 6 });

/**
 * A labelled number box with −/+ step buttons (and optionally a slider), in the user's locale ("4,2" in de-DE; both
 * decimal marks are read). A text box with the spinbutton role, not `type="number"`, whose parsing follows the
 * browser's own rules rather than ours. What the user types is passed on as typed, even out of range, so the validation message can explain it; buttons, arrow keys, the wheel and the
 * slider move in device steps within the limits.
 */
export function NumberField({
  label,
  unit,
  value,
  range,
  onChange,
  slider = false,
  wheel = false,
  coarseSteps = 10,
  buttonSteps = 1,
  invalid = false,
  messages = [],
  hint,
}: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | undefined>(undefined);
  // The value this box last sent. When the value changes to anything else while a draft is shown (Ctrl+Z, a
  // change elsewhere), the draft is stale and the box shows the value again.
  const sentRef = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (value !== sentRef.current) setDraft(undefined);
  }, [value]);
  const fieldRef = useRef<HTMLDivElement>(null);
  // The wheel listener is attached natively: React's onWheel is passive, so it could not stop the page scrolling.
  const latest = useRef({ value, range, onChange });
  latest.current = { value, range, onChange };
  useEffect(() => {
    const element = fieldRef.current;
    if (!wheel || !element) return;
    const onWheel = (event: WheelEvent) => {
      if (event.deltaY === 0) return;
      event.preventDefault();
      const { value: now, range: limits, onChange: change } = latest.current;
      setDraft(undefined);
      change(stepWithin(now, limits, event.deltaY < 0 ? 1 : -1));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [wheel]);
  const lower = label.toLowerCase();
  const unitSuffix = unit ? ` ${unit}` : '';
  const step = (steps: number) => {
    setDraft(undefined);
    onChange(stepWithin(value, range, steps));
  };
  const messageId = `${id}-messages`;
  return (
    <div ref={fieldRef} className={`field${invalid ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        {label} {unit && <span className="unit">({unit})</span>}
      </label>
      <div className="field__row">
        <button
          type="button"
          aria-label={`Decrease ${lower}`}
          title={`− ${formatNumber(buttonSteps * range.step)}${unitSuffix}`}
          onClick={() => step(-buttonSteps)}
        >
          −
        </button>
        <input
          id={id}
          type="text"
          role="spinbutton"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          aria-label={unit ? `${label} (${unit})` : label}
          aria-invalid={invalid}
          aria-describedby={messages.length > 0 ? messageId : undefined}
          aria-valuemin={range.min}
          aria-valuemax={range.max}
          aria-valuenow={value}
          aria-valuetext={`${boxText(value)}${unitSuffix}`}
          value={draft ?? boxText(value)}
          onKeyDown={(event) => {
            const steps = keySteps(event, coarseSteps);
            if (steps === 0) return;
            event.preventDefault();
            step(steps);
          }}
          onChange={(event) => {
            setDraft(event.target.value);
            const parsed = parseNumber(event.target.value);
            if (parsed === undefined) return;
            sentRef.current = parsed;
            onChange(parsed);
          }}
          onBlur={() => setDraft(undefined)}
        />
        <button
          type="button"
          aria-label={`Increase ${lower}`}
          title={`+ ${formatNumber(buttonSteps * range.step)}${unitSuffix}`}
          onClick={() => step(buttonSteps)}
        >
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
          onChange={(event) => {
            setDraft(undefined);
            onChange(event.target.valueAsNumber);
          }}
        />
      )}
      {hint && <span className="field__hint">{hint}</span>}
      {messages.length > 0 && (
        <ul id={messageId} className="field__messages" role="status">
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
