import { useMemo } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { PLOT_MARGIN } from './chart-style';
import { selectActiveArea, selectActiveProgram } from '../store/selectors';
import { useAppStore } from '../store/context';
import { selectModelProblem } from './model-state';
import { strengthDurationView, weissThresholdMa } from './strength-duration-data';

const PULSE_WIDTH_TICKS = [10, 20, 50, 100, 200, 500, 1000];

/**
 * The strength–duration curve of the active configuration: perception and discomfort thresholds at each pulse width
 * of the core's sweep, filled in as the worker computes them, with Weiss's law fitted by the core (rheobase and
 * chronaxie) and the program's pulse width marked.
 */
export function StrengthDurationChart() {
  const data = useAppStore((s) => s.strengthDuration);
  const status = useAppStore((s) => s.physiology.status);
  const problem = useAppStore(selectModelProblem);
  const pulseWidth = useAppStore((s) => selectActiveArea(s).pulseWidthUs);
  const paradigm = useAppStore((s) => selectActiveProgram(s).paradigm.kind);
  const view = useMemo(() => strengthDurationView(data, pulseWidth), [data, pulseWidth]);
  const fit = data?.fit ?? null;
  const ticks = PULSE_WIDTH_TICKS.filter((t) => t >= view.domainUs[0] && t <= view.domainUs[1]);
  const pulseText = data?.waveform === 'monophasic' ? 'monophasic pulse (passive recharge)' : 'biphasic pulse';

  return (
    <figure
      className="chart"
      aria-label="Strength–duration curve"
      data-chart-state={problem ? 'unavailable' : view.complete ? 'ready' : 'computing'}
      data-points-done={view.done}
      data-points-total={view.total}
    >
      <figcaption>
        Thresholds (mA) against pulse width (µs), log–log · tonic {pulseText}
        {paradigm === 'tonic'
          ? ''
          : ' (burst and 10 kHz allow only a narrow range of widths, so a tonic pulse is varied)'}
      </figcaption>
      {problem ? (
        <p className="chart-note muted">{problem}</p>
      ) : (
        <>
          {!view.complete && (
            <p className="chart-note chart-note--busy" role="status">
              {status === 'computing' && view.done === 0
                ? 'Computing the configuration…'
                : `computing ${view.done} of ${view.total}…`}
            </p>
          )}
          <p className="chart-fit" aria-label="Weiss fit">
            {view.fitText ??
              (view.complete
                ? 'No fit: perception is reached at fewer than two pulse widths.'
                : 'Fit when two points are in.')}
          </p>
          <div className="chart-plot">
            <ResponsiveContainer width="100%" height="100%">
              <LineChart margin={PLOT_MARGIN}>
                <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
                <XAxis
                  dataKey="pulseWidthUs"
                  type="number"
                  scale="log"
                  domain={view.domainUs as [number, number]}
                  ticks={ticks}
                  allowDataOverflow
                  stroke="var(--muted)"
                />
                <YAxis
                  scale="log"
                  domain={view.rangeMa as [number, number]}
                  ticks={view.ticksMa as number[]}
                  allowDataOverflow
                  width={46}
                  stroke="var(--muted)"
                  tickFormatter={(v: number) => `${v}`}
                />
                {fit && (
                  <Line
                    name="Weiss fit"
                    data={view.fitRows as object[]}
                    dataKey="fitMa"
                    stroke="var(--chart-fit)"
                    strokeWidth={1.6}
                    strokeDasharray="6 4"
                    dot={false}
                    isAnimationActive={false}
                  />
                )}
                <Line
                  name="Perception (mA)"
                  data={view.rows as object[]}
                  dataKey="perceptionMa"
                  stroke="var(--chart-covered)"
                  strokeWidth={2.2}
                  dot={{ r: 3 }}
                  isAnimationActive={false}
                />
                <Line
                  name="Discomfort (mA)"
                  data={view.rows as object[]}
                  dataKey="discomfortMa"
                  stroke="var(--chart-discomfort)"
                  strokeWidth={1.6}
                  strokeDasharray="2 3"
                  dot={{ r: 2.5 }}
                  isAnimationActive={false}
                />
                {fit && (
                  <ReferenceLine
                    y={fit.rheobaseMa}
                    stroke="var(--chart-fit)"
                    strokeDasharray="1 3"
                    label={{ value: 'rheobase', position: 'insideBottomLeft', fill: 'var(--muted)' }}
                  />
                )}
                {fit && fit.chronaxieUs >= view.domainUs[0] && fit.chronaxieUs <= view.domainUs[1] && (
                  <ReferenceDot
                    x={fit.chronaxieUs}
                    y={weissThresholdMa(fit, fit.chronaxieUs)}
                    r={4}
                    fill="var(--panel)"
                    stroke="var(--chart-fit)"
                    label={{ value: 'chronaxie', position: 'top', fill: 'var(--muted)' }}
                  />
                )}
                <ReferenceLine
                  x={pulseWidth}
                  className="current-pulse-width"
                  stroke="var(--chart-now)"
                  strokeWidth={2}
                  label={{ value: `${pulseWidth} µs`, position: 'top', fill: 'var(--text)' }}
                />
                <Legend wrapperStyle={{ fontSize: '0.72rem', lineHeight: 1.2 }} />
              </LineChart>
            </ResponsiveContainer>
          </div>
          <p className="chart-facts">
            Weiss (1901): threshold = rheobase × (1 + chronaxie / pulse width); at the chronaxie it is twice the
            rheobase.
          </p>
        </>
      )}
    </figure>
  );
}
