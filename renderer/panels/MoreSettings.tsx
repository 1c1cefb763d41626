import { useShallow } from 'zustand/react/shallow';
import { MAX_SOFT_START_S, deliveredAmplitudeMa, mA, type IssueField, type SteppedRange } from '../../src-core';
import type { AppState } from '../store/app-store';
import { issuesFor, selectActiveArea, selectActiveProgram } from '../store/selectors';
import { useAppStore } from '../store/context';
import { NumberField } from './NumberField';
import { formatNumber } from '../format/number-format';

/** Stepper ranges for settings the IPG catalogue does not limit; the core validates what is typed. */
const PERCENT_RANGE: SteppedRange<number> = { min: 1, max: 100, step: 1 };
const CYCLE_RANGE: SteppedRange<number> = { min: 0, max: 3600, step: 1 };
/** Soft-start stepper: the range validateProgram accepts. */
const SOFT_START_RANGE: SteppedRange<number> = { min: 0, max: MAX_SOFT_START_S, step: 1 };
/** Cycling a trainee switches on starts at 60 s on / 60 s off, the sample paddle session's setting. */
const DEFAULT_CYCLING = { onS: 60, offS: 60 } as const;
/** Sub-perception dosing starts at 50 % of the perception threshold: a starting point to titrate from, typical [U]. */
const DEFAULT_PERCENT = 50;

/** Messages of the active program's problems with `field` (of the active area when `ofArea`). */
const messagesAt = (field: IssueField, ofArea: boolean) => (s: AppState) =>
  issuesFor(s, { program: s.visit.session.activeProgram, field, ...(ofArea ? { area: s.activeArea } : {}) }).map(
    (issue) => issue.message,
  );

/**
 * Less used program settings, folded away so the panel stays compact: the patient maximum, sub-perception dosing
 * as a % of the measured perception threshold, on/off cycling and soft start.
 */
export function MoreSettings() {
  const program = useAppStore(selectActiveProgram);
  const area = useAppStore(selectActiveArea);
  const programIndex = useAppStore((s) => s.visit.session.activeProgram);
  const areaIndex = useAppStore((s) => s.activeArea);
  const limits = useAppStore((s) => s.implant.ipg.paradigms[selectActiveProgram(s).paradigm.kind]);
  const measured = useAppStore((s) =>
    s.physiology.status === 'ready' ? s.physiology.result.perceptionThresholdMa : null,
  );
  const dosingMessages = useAppStore(useShallow(messagesAt('dosing', true)));
  const cyclingMessages = useAppStore(useShallow(messagesAt('cycling', false)));
  const softStartMessages = useAppStore(useShallow(messagesAt('softStartS', false)));
  const applyEdit = useAppStore((s) => s.applyEdit);
  if (!limits) return null;
  const at = { program: programIndex, area: areaIndex };
  const { dosing } = area;
  // The measured threshold rounded to the device step, as a clinician would enter it.
  const measuredMa =
    measured === null
      ? undefined
      : deliveredAmplitudeMa(
          {
            amplitudeMa: mA(0),
            dosing: { mode: 'subPerception', percentOfPerception: 100, perceptionThresholdMa: mA(measured) },
          },
          limits.amplitudeMa.step,
        );
  return (
    <details className="more-settings">
      <summary>More settings</summary>
      <NumberField
        label="Patient maximum"
        unit="mA"
        value={program.patientMaxMa}
        range={limits.amplitudeMa}
        onChange={(v) => applyEdit({ kind: 'setPatientMax', program: programIndex, patientMaxMa: mA(v) })}
      />
      <div className="field">
        <label htmlFor="dosing-mode">Dosing (area {areaIndex + 1})</label>
        <select
          id="dosing-mode"
          value={dosing.mode}
          onChange={(event) =>
            applyEdit({
              kind: 'setDosing',
              ...at,
              dosing:
                event.target.value === 'absolute'
                  ? { mode: 'absolute' }
                  : {
                      mode: 'subPerception',
                      percentOfPerception: DEFAULT_PERCENT,
                      perceptionThresholdMa: measuredMa ?? mA(0),
                    },
            })
          }
        >
          <option value="absolute">Absolute (mA)</option>
          <option value="subPerception">Sub-perception (% of perception)</option>
        </select>
      </div>
      {dosing.mode === 'subPerception' && (
        <>
          <NumberField
            label="Percent of perception"
            unit="%"
            value={dosing.percentOfPerception}
            range={PERCENT_RANGE}
            onChange={(v) => applyEdit({ kind: 'setDosing', ...at, dosing: { ...dosing, percentOfPerception: v } })}
          />
          <NumberField
            label="Perception threshold"
            unit="mA"
            value={dosing.perceptionThresholdMa}
            range={limits.amplitudeMa}
            invalid={dosingMessages.length > 0}
            messages={dosingMessages}
            onChange={(v) =>
              applyEdit({ kind: 'setDosing', ...at, dosing: { ...dosing, perceptionThresholdMa: mA(v) } })
            }
          />
          <button
            type="button"
            disabled={measuredMa === undefined}
            title={
              measuredMa === undefined
                ? 'The patient has not reported a perception threshold for this configuration yet'
                : undefined
            }
            onClick={() =>
              measuredMa !== undefined &&
              applyEdit({ kind: 'setDosing', ...at, dosing: { ...dosing, perceptionThresholdMa: measuredMa } })
            }
          >
            Use measured perception threshold{measuredMa !== undefined ? ` (${formatNumber(measuredMa)} mA)` : ''}
          </button>
          <p className="muted" aria-label="Delivered amplitude">
            Delivers {formatNumber(deliveredAmplitudeMa(area, limits.amplitudeMa.step))} mA (
            {dosing.percentOfPerception} % of {formatNumber(dosing.perceptionThresholdMa)} mA).
          </p>
        </>
      )}
      <div className="more-settings__check">
        <label>
          <input
            type="checkbox"
            checked={program.cycling !== undefined}
            onChange={(event) =>
              applyEdit({
                kind: 'setCycling',
                program: programIndex,
                cycling: event.target.checked ? DEFAULT_CYCLING : undefined,
              })
            }
          />{' '}
          Cycling (on/off)
        </label>
      </div>
      {program.cycling && (
        <div className="more-settings__cycling">
          <NumberField
            label="Cycle on"
            unit="s"
            value={program.cycling.onS}
            range={CYCLE_RANGE}
            invalid={cyclingMessages.length > 0}
            messages={cyclingMessages}
            onChange={(v) =>
              applyEdit({
                kind: 'setCycling',
                program: programIndex,
                cycling: { offS: program.cycling?.offS ?? DEFAULT_CYCLING.offS, onS: v },
              })
            }
          />
          <NumberField
            label="Cycle off"
            unit="s"
            value={program.cycling.offS}
            range={CYCLE_RANGE}
            onChange={(v) =>
              applyEdit({
                kind: 'setCycling',
                program: programIndex,
                cycling: { onS: program.cycling?.onS ?? DEFAULT_CYCLING.onS, offS: v },
              })
            }
          />
        </div>
      )}
      <NumberField
        label="Soft start"
        unit="s"
        value={program.softStartS}
        range={SOFT_START_RANGE}
        invalid={softStartMessages.length > 0}
        messages={softStartMessages}
        onChange={(v) => applyEdit({ kind: 'setSoftStart', program: programIndex, softStartS: v })}
      />
    </details>
  );
}
