import { useShallow } from 'zustand/react/shallow';
import { deliveredAmplitudeMa, mA } from '../../src-core';
import { issuesOfActiveProgram, selectActiveArea, selectActiveProgram } from '../store/selectors';
import { useAppStore } from '../store/context';
import { NumberField } from './NumberField';

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
      issuesOfActiveProgram(s)
        .filter((i) => i.path.endsWith(`areas.${s.activeArea}.amplitudeMa`))
        .map((i) => i.message),
    ),
  );
  const applyEdit = useAppStore((s) => s.applyEdit);
  if (!limits) return null;
  return (
    <NumberField
      label="Amplitude"
      unit="mA"
      value={area.amplitudeMa}
      range={limits.amplitudeMa}
      slider
      wheel
      invalid={messages.length > 0}
      messages={messages}
      onChange={(v) => applyEdit({ kind: 'setAmplitude', program: programIndex, area: areaIndex, amplitudeMa: mA(v) })}
      hint={
        <>
          <span aria-label="Patient maximum">Patient max {patientMaxMa} mA</span>
          {area.dosing.mode === 'subPerception' && (
            <span>
              {' '}
              · sub-perception dosing delivers {deliveredAmplitudeMa(area, limits.amplitudeMa.step)} mA (More settings)
            </span>
          )}
        </>
      }
    />
  );
}
