import { useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import {
  issuesOfActiveProgram,
  selectActiveArea,
  selectActiveProgram,
  selectAmplitudeStepMa,
  selectProgrammedAmplitudeMa,
} from '../store/selectors';
import { useAppStore } from '../store/context';
import { waveformChartData, type WaveformChartData } from './waveform-data';
import { niceTicks } from './nice-ticks';
import { formatNumber } from '../format/number-format';

const formatCharge = (uc: number) => `${formatNumber(uc, { decimals: 3 })} µC`;

/** Fixed axis scales, so a change of amplitude visibly changes the drawn pulse instead of rescaling the axis. */
const AXIS_SCALES_MA = [1, 2, 5, 10, 15, 20, 26];
const axisLimitMa = (amplitudeMa: number) => AXIS_SCALES_MA.find((limit) => limit >= amplitudeMa * 1.05) ?? 26;
/** Blue for cathodes, orange for anodes: a colour-blind-safe pair, matching the contact grid. */
type Shades = readonly [string, string, string];
const COLOURS: Record<'cathode' | 'anode', Shades> = {
  cathode: ['#4fa3e8', '#8cc8ff', '#2f7fc4'],
  anode: ['#f0a04b', '#ffc27d', '#c97a26'],
};

function WaveformFigure({
  name,
  caption,
  data,
  limit,
  kind,
  tickDigits,
}: {
  readonly name: string;
  readonly caption: string;
  readonly data: WaveformChartData;
  readonly limit: number;
  /** Which plot: the single pulse gets a little more of the height. */
  readonly kind: 'pulse' | 'train';
  readonly tickDigits: number;
}) {
  const ticks = [-limit, -limit / 2, 0, limit / 2, limit];
  // Round steps along time (0, 200, 400 µs), not the span split in four (0, 201.5, … 806).
  const xTicks = niceTicks(data.xMax);
  const count = { cathode: 0, anode: 0 };
  return (
    <figure className="chart" aria-label={name} data-points={data.rows.length}>
      <figcaption>{caption}</figcaption>
      <div className={`chart-plot chart-plot--${kind}`}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data.rows} margin={{ top: 6, right: 12, bottom: 4, left: 0 }}>
            <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
            <XAxis
              dataKey="t"
              type="number"
              domain={[0, data.xMax]}
              ticks={xTicks.ticks}
              allowDataOverflow
              tickFormatter={(t: number) => formatNumber(t, { decimals: Math.max(tickDigits, xTicks.decimals) })}
              stroke="var(--muted)"
            />
            <YAxis
              domain={[-limit, limit]}
              ticks={ticks}
              width={46}
              stroke="var(--muted)"
              tickFormatter={(v: number) => formatNumber(v, { decimals: 1 })}
            />
            <ReferenceLine y={0} stroke="var(--muted)" />
            {data.series.map((s) => (
              <Line
                key={s.key}
                name={s.label}
                type="linear"
                dataKey={s.key}
                stroke={COLOURS[s.polarity][(count[s.polarity]++ % 3) as 0 | 1 | 2]}
                dot={false}
                isAnimationActive={false}
                strokeWidth={1.8}
              />
            ))}
            <Legend wrapperStyle={{ fontSize: '0.75rem' }} />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/**
 * The current at each electrode of the active area: one pulse (or burst) in detail and the train over two
 * periods (the body of the charts panel's first tab). Both come from the core's synthesiser. Current into tissue is positive (anodic); cathodic is negative.
 */
export function PulseTrainChart() {
  const program = useAppStore(selectActiveProgram);
  const area = useAppStore(selectActiveArea);
  const areaIndex = useAppStore((s) => s.activeArea);
  const step = useAppStore(selectAmplitudeStepMa);
  const valid = useAppStore((s) => issuesOfActiveProgram(s).length === 0);

  const { detail, train } = useMemo(() => {
    if (!valid) return { detail: undefined, train: undefined };
    const highFrequency = program.paradigm.kind === 'highFrequency';
    return {
      detail: waveformChartData(program, areaIndex, step, 1, 1, true),
      train: waveformChartData(program, areaIndex, step, highFrequency ? 10 : 2, highFrequency ? 1 : 1000, false),
    };
  }, [program, areaIndex, step, valid]);

  const amplitude = useAppStore(selectProgrammedAmplitudeMa);
  const charge = (amplitude * area.pulseWidthUs) / 1000;
  const limit = axisLimitMa(amplitude);
  const highFrequency = program.paradigm.kind === 'highFrequency';

  return (
    <>
      <p className="readout">
        Charge per phase{' '}
        <output aria-label="Charge per phase" data-testid="charge-per-phase">
          {formatCharge(charge)}
        </output>
      </p>
      {!detail || !train ? (
        <p className="muted">Fix the program to see its waveform.</p>
      ) : (
        <>
          <WaveformFigure
            name="Single pulse waveform"
            caption={program.paradigm.kind === 'burst' ? 'One burst (µs)' : 'One pulse (µs)'}
            data={detail}
            limit={limit}
            kind="pulse"
            tickDigits={0}
          />
          <WaveformFigure
            name="Pulse train waveform"
            caption={`Train over ${highFrequency ? '10 periods (µs)' : 'two periods (ms)'} · mA, current into tissue positive`}
            data={train}
            limit={limit}
            kind="train"
            tickDigits={highFrequency ? 0 : 1}
          />
        </>
      )}
    </>
  );
}
