import { useId, useState } from 'react';
import { formatNumber, parseNumber } from '../format/number-format';
import { useAppStore } from '../store/context';
import type { ClosedLoopInputs } from '../store/replay-slice';
import type { EcapChartData } from '../physiology/protocol';
import { loopGainOnGrowth } from './ecap-data';
import { ReplayDialog } from './ReplayDialog';

const BEHAVIOUR_WORDS = {
  'no-response': 'no ECAP response',
  settles: 'settles',
  rings: 'rings, then settles',
  oscillates: 'oscillates',
} as const;

/** A number box where empty means "derived from the model" (placeholder "auto"). */
function OptionalNumber({
  label,
  value,
  onChange,
  max,
}: {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  max: number;
}) {
  const id = useId();
  const [text, setText] = useState(value === null ? '' : formatNumber(value, { grouping: false, maximumDecimals: 6 }));
  const parsed = text.trim() === '' ? null : parseNumber(text);
  const invalid = parsed !== null && (parsed === undefined || !(parsed > 0) || parsed > max);
  return (
    <label className="closed-loop__field" htmlFor={id}>
      <span>{label}</span>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        placeholder="auto"
        value={text}
        aria-invalid={invalid || undefined}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const v = next.trim() === '' ? null : parseNumber(next);
          if (v === null) onChange(null);
          else if (v !== undefined && v > 0 && v <= max) onChange(v);
        }}
      />
    </label>
  );
}

/**
 * The closed loop as a trainee sets it on a real system, under the growth curve: target ECAP, gain and patient
 * maximum (empty = derived: the ECAP sitting at the programmed amplitude, a loop gain of 0.5 sitting, the program's
 * maximum), the loop gain K × slope on the curve shown, and the posture-day replay.
 */
export function ClosedLoopSettings({ chart, amplitudeMa }: { chart: EcapChartData; amplitudeMa: number }) {
  const inputs = useAppStore((s) => s.closedLoop);
  const setInputs = useAppStore((s) => s.setClosedLoop);
  const posture = useAppStore((s) => s.posture);
  const [open, setOpen] = useState(false);
  const set = (key: keyof ClosedLoopInputs) => (value: number | null) => setInputs({ [key]: value });
  const target = inputs.targetUv ?? interpolatedEcap(chart, amplitudeMa);
  const here =
    inputs.gainMaPerUv === null || target <= 0 ? null : loopGainOnGrowth(chart.growth, target, inputs.gainMaPerUv);
  return (
    <fieldset className="closed-loop" aria-label="Closed loop">
      <legend>Closed loop</legend>
      <OptionalNumber label="Target (µV)" value={inputs.targetUv} onChange={set('targetUv')} max={1000} />
      <OptionalNumber label="Gain (mA/µV)" value={inputs.gainMaPerUv} onChange={set('gainMaPerUv')} max={10} />
      <OptionalNumber label="Limit (mA)" value={inputs.patientMaxMa} onChange={set('patientMaxMa')} max={100} />
      <p className="closed-loop__gain" aria-label="Loop gain" aria-live="polite">
        {inputs.gainMaPerUv === null
          ? 'Loop gain: auto, 0.50 sitting'
          : here === null
            ? `Loop gain: the target is not reached on this curve (${posture})`
            : `Loop gain ${formatNumber(here.loopGain, { decimals: 2 })} = ${formatNumber(inputs.gainMaPerUv, { maximumDecimals: 4 })} mA/µV × ${formatNumber(here.slopeUvPerMa, { decimals: 2 })} µV/mA ${posture}: ${BEHAVIOUR_WORDS[here.behaviour]}`}
      </p>
      <button type="button" className="closed-loop__day" onClick={() => setOpen(true)}>
        Posture day…
      </button>
      {open && <ReplayDialog onClose={() => setOpen(false)} />}
    </fieldset>
  );
}

/** The ECAP at `amplitudeMa` on the chart's growth curve (µV), 0 off the curve. */
function interpolatedEcap(chart: EcapChartData, amplitudeMa: number): number {
  const g = chart.growth;
  for (let k = 0; k + 1 < g.length; k++) {
    const a = g[k]!;
    const b = g[k + 1]!;
    if (amplitudeMa >= a.amplitudeMa && amplitudeMa <= b.amplitudeMa)
      return a.ecapUv + ((b.ecapUv - a.ecapUv) * (amplitudeMa - a.amplitudeMa)) / (b.amplitudeMa - a.amplitudeMa || 1);
  }
  return 0;
}
