import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { deliveredAmplitudeMa, mA } from '../../src-core';
import { issuesFor, selectActiveArea, selectActiveProgram } from '../store/selectors';
import { useAppStore } from '../store/context';
import { NumberField } from './NumberField';
import { formatNumber } from '../format/number-format';

/** Step sizes of the −/+ buttons, fine to coarse, as a programmer offers them (the arrows stay fine). */
const BUTTON_STEPS_MA = [0.1, 0.5, 1] as const;

/**
 * The active area's amplitude — the control used most — with fine and coarse steps (buttons, ↑/↓, Shift+↑/↓,
 * PageUp/PageDown, the wheel) and a slider; the patient maximum beside it and the core's messages under it
 * (device range, IPG limit, above the patient maximum).
 */
export function AmplitudeControl() {
  const area = useAppStore(selectActiveArea);
  const patientMaxMa = useAppStore((s) => selectActiveProgram(s).patientMaxMa);
  const limits = useAppStore((s) => s.implant.ipg.paradigms[selectActiveProgram(s).paradigm.kind]);
  const programIndex = useAppStore((s) => s.visit.session.activeProgram);
  const areaIndex = useAppStore((s) => s.activeArea);
  const messages = useAppStore(
    useShallow((s) =>
      issuesFor(s, { program: s.visit.session.activeProgram, area: s.activeArea, field: 'amplitudeMa' }).map(
        (i) => i.message,
      ),
    ),
  );
  const applyEdit = useAppStore((s) => s.applyEdit);
  const [buttonStepMa, setButtonStepMa] = useState<number>(BUTTON_STEPS_MA[0]);
  if (!limits) return null;
  const deviceStep = limits.amplitudeMa.step;
  // Each choice in whole device steps (a 0.05 mA device makes 0.5 mA ten steps).
  const buttonSteps = Math.max(1, Math.round(buttonStepMa / deviceStep));
  return (
    <>
      <NumberField
        label="Amplitude"
        unit="mA"
        value={area.amplitudeMa}
        range={limits.amplitudeMa}
        slider
        wheel
        buttonSteps={buttonSteps}
        invalid={messages.length > 0}
        messages={messages}
        onChange={(v) =>
          applyEdit({ kind: 'setAmplitude', program: programIndex, area: areaIndex, amplitudeMa: mA(v) })
        }
        hint={
          <>
            <span aria-label="Patient maximum">Patient max {formatNumber(patientMaxMa)} mA</span>
            {area.dosing.mode === 'subPerception' && (
              <span>
                {' '}
                · sub-perception dosing delivers {formatNumber(deliveredAmplitudeMa(area, limits.amplitudeMa.step))} mA
                (More settings)
              </span>
            )}
          </>
        }
      />
      <div className="step-choice" role="radiogroup" aria-label="Amplitude step of the − + buttons">
        <span className="step-choice__label">− + step</span>
        {BUTTON_STEPS_MA.map((stepMa) => (
          <label
            key={stepMa}
            className={stepMa === buttonStepMa ? 'step-choice__option step-choice__option--on' : 'step-choice__option'}
          >
            <input
              type="radio"
              name="amplitude-step"
              checked={stepMa === buttonStepMa}
              onChange={() => setButtonStepMa(stepMa)}
            />
            {formatNumber(stepMa)} mA
          </label>
        ))}
      </div>
    </>
  );
}
