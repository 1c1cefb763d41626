import { useId } from 'react';
import './segmented-choice.css';

interface SegmentedChoiceProps<T extends string> {
  /** The group's visible legend (also its accessible name). */
  readonly legend: string;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly value: T;
  readonly onChange: (value: T) => void;
}

/** A choice of one view among a few: radio buttons (keyboard and screen readers as usual) drawn as a pill switch. */
export function SegmentedChoice<T extends string>({ legend, options, value, onChange }: SegmentedChoiceProps<T>) {
  const name = `choice-${useId().replace(/:/g, '')}`;
  return (
    <fieldset className="segmented">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label
          key={option.value}
          className={`segmented__option${value === option.value ? ' segmented__option--on' : ''}`}
        >
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
