import { useId, useMemo, useState } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { CURRENT_AMPLITUDE_LINE, PLOT_MARGIN, amplitudeAxisProps } from './chart-style';
import { issuesOfActiveProgram, selectActiveProgram, selectProgrammedAmplitudeMa } from '../store/selectors';
import { useAppStore } from '../store/context';
import {
  createEnergySweeper,
  energyAxis,
  energyNow,
  energySpanMa,
  type EnergySeries,
  type EnergyView,
} from './energy-data';
import { batteryLifeText } from '../format/battery-life-text';
import { formatNumberOrDash } from '../format/number-format';

const SERIES_STYLE: Record<EnergySeries['key'], { stroke: string; dash?: string; width: number }> = {
  program: { stroke: 'var(--chart-covered)', width: 2.6 },
  tonic: { stroke: 'var(--chart-comfort)', dash: '7 4', width: 1.6 },
  burst: { stroke: 'var(--chart-outside)', dash: '2 3', width: 1.6 },
  highFrequency: { stroke: 'var(--chart-sensation)', dash: '10 3 2 3', width: 1.6 },
};
/** Minutes in a day: no patient can recharge for longer. */
const MINUTES_PER_DAY = 24 * 60;

/** Axis numbers short enough for a narrow column: 0.1, 2, 40, 1k, 10k. */
const tickText = (v: number) => (v >= 1000 ? `${Number((v / 1000).toPrecision(2))}k` : `${Number(v.toPrecision(2))}`);

function NowText({ view, now }: { readonly view: EnergyView; readonly now: ReturnType<typeof energyNow> }) {
  const cost =
    view.measure === 'rechargeMinutesPerDay'
      ? `${formatNumberOrDash(now.value, 0)} min of charging a day (a charge lasts ${batteryLifeText(now.daysBetweenRecharges)})`
      : `the battery lasts ${formatNumberOrDash(now.value, 1)} years`;
  return (
    <p className="chart-facts" aria-label="Energy now">
      <strong>Now {formatNumberOrDash(now.amplitudeMa, 1)} mA:</strong> {cost} ·{' '}
      {formatNumberOrDash(now.chargePerSecondUc, 0)} µC/s · {formatNumberOrDash(now.batteryPowerMw, 1)} mW (
      {formatNumberOrDash(now.deviceOverheadPowerMw, 1)} mW device overhead)
    </p>
  );
}

/**
 * What the battery pays for the active program as its amplitude rises: recharge minutes a day (rechargeable IPG) or
 * years of battery life (primary cell), from the core's energy model, with the setting delivered now marked and,
 * optionally, the paradigms' starting presets at the same contacts for comparison.
 */
export function EnergyChart() {
  const implant = useAppStore((s) => s.implant);
  const faults = useAppStore((s) => s.visit.session.faults);
  const program = useAppStore(selectActiveProgram);
  const areaIndex = useAppStore((s) => s.activeArea);
  const amplitude = useAppStore(selectProgrammedAmplitudeMa);
  const problem = useAppStore((s) => issuesOfActiveProgram(s)[0]?.message);
  const [compare, setCompare] = useState(true);
  const [sweep] = useState(createEnergySweeper);
  const compareId = useId();

  const paradigmMaxMa = implant.ipg.paradigms[program.paradigm.kind]?.amplitudeMa.max ?? implant.ipg.maxAreaCurrentMa;
  const spanMa = energySpanMa(amplitude, paradigmMaxMa);
  const view = useMemo(
    () => (problem ? undefined : sweep({ implant, faults, program, areaIndex, spanMa, comparePresets: compare })),
    [problem, sweep, implant, faults, program, areaIndex, spanMa, compare],
  );
  const now = useMemo(
    () => (problem ? undefined : energyNow(implant, faults, program, areaIndex, amplitude)),
    [problem, implant, faults, program, areaIndex, amplitude],
  );
  const axis = useMemo(() => (view ? energyAxis(view, compare) : undefined), [view, compare]);
  const title = implant.ipg.battery === 'rechargeable' ? 'Recharge minutes per day' : 'Years of battery life';

  return (
    <figure
      className="chart"
      aria-label="Energy and recharge"
      data-chart-state={view ? 'ready' : 'unavailable'}
      data-current-value={now?.value?.toFixed(3) ?? ''}
    >
      <figcaption>{title} against amplitude (mA) · typical IPG battery figures</figcaption>
      {problem || !view || !now || !axis ? (
        <p className="chart-note muted">The program cannot be delivered: {problem}</p>
      ) : (
        <>
          <NowText view={view} now={now} />
          <div className="chart-controls">
            <input
              id={compareId}
              type="checkbox"
              checked={compare}
              onChange={(event) => setCompare(event.target.checked)}
            />
            <label htmlFor={compareId}>Compare paradigm presets, same contacts (log scale)</label>
          </div>
          <div className="chart-plot">
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={view.rows as object[]} margin={PLOT_MARGIN}>
                <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
                <XAxis {...amplitudeAxisProps(view.domainMa)} />
                <YAxis
                  scale={compare ? 'log' : 'linear'}
                  domain={axis.domain}
                  {...(axis.ticks ? { ticks: axis.ticks } : {})}
                  allowDataOverflow
                  width={46}
                  stroke="var(--muted)"
                  tickFormatter={tickText}
                />
                {view.beyondComplianceFromMa !== null && (
                  <ReferenceArea
                    x1={view.beyondComplianceFromMa}
                    x2={view.domainMa[1]}
                    fill="var(--chart-zone)"
                    fillOpacity={0.14}
                    ifOverflow="hidden"
                    label={{ value: 'over compliance', position: 'insideTopRight', fill: 'var(--chart-discomfort)' }}
                  />
                )}
                {view.measure === 'rechargeMinutesPerDay' && (
                  <ReferenceLine
                    y={MINUTES_PER_DAY}
                    stroke="var(--muted)"
                    strokeDasharray="2 2"
                    ifOverflow="discard"
                    label={{ value: '24 h', position: 'insideLeft', fill: 'var(--muted)' }}
                  />
                )}
                {view.series.map((s) => (
                  <Line
                    key={s.key}
                    name={s.label}
                    dataKey={s.key}
                    stroke={SERIES_STYLE[s.key].stroke}
                    strokeWidth={SERIES_STYLE[s.key].width}
                    {...(SERIES_STYLE[s.key].dash ? { strokeDasharray: SERIES_STYLE[s.key].dash } : {})}
                    dot={false}
                    isAnimationActive={false}
                  />
                ))}
                <ReferenceLine x={amplitude} {...CURRENT_AMPLITUDE_LINE} />
                {now.value !== null && now.value > 0 && (
                  <ReferenceDot
                    x={amplitude}
                    y={now.value}
                    r={4.5}
                    fill="var(--chart-covered)"
                    stroke="var(--chart-now)"
                    ifOverflow="extendDomain"
                  />
                )}
                <Legend wrapperStyle={{ fontSize: '0.72rem', lineHeight: 1.2 }} />
              </LineChart>
            </ResponsiveContainer>
          </div>
        </>
      )}
    </figure>
  );
}
