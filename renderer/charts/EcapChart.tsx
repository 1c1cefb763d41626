import { useMemo, useState } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { SegmentedChoice } from '../components/SegmentedChoice';
import { formatNumber } from '../format/number-format';
import { useAppStore } from '../store/context';
import { selectProgrammedAmplitudeMa } from '../store/selectors';
import { CURRENT_AMPLITUDE_LINE, PLOT_MARGIN, amplitudeAxisProps } from './chart-style';
import { ClosedLoopSettings } from './ClosedLoopSettings';
import { ecapTraceRows, ecapGrowthRows } from './ecap-data';
import { selectModelProblem } from './model-state';

type EcapView = 'growth' | 'trace';
const VIEW_OPTIONS: readonly { value: EcapView; label: string }[] = [
  { value: 'growth', label: 'Growth curve (µV, mA)' },
  { value: 'trace', label: 'Trace now (µV, ms)' },
];

const mAText = (value: number) => `${formatNumber(value, { decimals: 2 })} mA`;
const uVText = (value: number) => `${formatNumber(value, { decimals: 1 })} µV`;

/**
 * The ECAP the recording contacts would pick up (docs/physics-ecap.md, a teaching model): the trace at the amplitude
 * delivered now, artefact subtracted, and the growth curve against amplitude with the ECAP threshold, the detection
 * level and the current amplitude — what a trainee reads on a closed-loop system before setting a target.
 */
export function EcapChart() {
  const ecap = useAppStore((s) => s.ecap);
  const trace = useAppStore((s) => s.ecapTrace);
  const status = useAppStore((s) => s.physiology.status);
  const problem = useAppStore(selectModelProblem);
  const amplitude = useAppStore(selectProgrammedAmplitudeMa);
  const traceRows = useMemo(() => (trace ? ecapTraceRows(trace) : []), [trace]);
  const growthRows = useMemo(() => (ecap?.status === 'ready' ? ecapGrowthRows(ecap.chart) : []), [ecap]);
  const chart = ecap?.status === 'ready' ? ecap.chart : undefined;
  const state = problem || ecap?.status === 'unavailable' ? 'unavailable' : chart ? 'ready' : 'computing';
  const last = growthRows.at(-1);
  const [view, setView] = useState<EcapView>('growth');

  return (
    <figure className="chart" aria-label="ECAP" data-chart-state={state}>
      <figcaption>ECAP at the recording contacts (teaching model), artefact subtracted</figcaption>
      {problem ? (
        <p className="chart-note muted">{problem}</p>
      ) : ecap?.status === 'unavailable' ? (
        <p className="chart-note muted">No ECAP recording for this configuration: {ecap.reason}</p>
      ) : !chart ? (
        <p className="chart-note chart-note--busy" role="status">
          {status === 'computing' ? 'Computing the configuration…' : 'Computing the ECAP…'}
        </p>
      ) : (
        <>
          <p className="chart-facts" aria-label="ECAP facts">
            <strong>
              Recording contact {chart.recording}
              {chart.reference === null ? '' : `, reference ${chart.reference}`}
            </strong>
            {' · '}
            {chart.thresholdMa === null
              ? `no ECAP reaches the ${uVText(chart.detectionUv)} detection level below ${mAText(last?.amplitudeMa ?? 0)}`
              : `ECAP threshold ${mAText(chart.thresholdMa)} · dose ratio ${formatNumber(amplitude / chart.thresholdMa, { decimals: 2 })}`}
            {trace &&
              ` · now ${uVText(trace.measures.amplitudeUv)} (N1 at ${formatNumber(trace.measures.n1LatencyMs, { decimals: 2 })} ms)`}
          </p>
          <SegmentedChoice<EcapView> legend="Show" options={VIEW_OPTIONS} value={view} onChange={setView} />
          {view === 'trace' && (
            <div className="chart-plot">
              <ResponsiveContainer width="100%" height="100%">
                <LineChart data={traceRows as object[]} margin={PLOT_MARGIN}>
                  <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
                  <XAxis
                    dataKey="timeMs"
                    type="number"
                    domain={[0, 'dataMax']}
                    tickFormatter={(v: number) => formatNumber(v, { decimals: 1 })}
                    stroke="var(--muted)"
                  />
                  <YAxis
                    width={44}
                    stroke="var(--muted)"
                    tickFormatter={(v: number) => formatNumber(v, { decimals: 1 })}
                  />
                  <Line
                    name="Recorded (µV)"
                    dataKey="recordedUv"
                    stroke="var(--chart-covered)"
                    strokeWidth={1.4}
                    dot={false}
                    isAnimationActive={false}
                  />
                </LineChart>
              </ResponsiveContainer>
            </div>
          )}
          {view === 'growth' && (
            <div className="chart-plot">
              <ResponsiveContainer width="100%" height="100%">
                <LineChart data={growthRows as object[]} margin={PLOT_MARGIN}>
                  <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
                  <XAxis {...amplitudeAxisProps([0, last?.amplitudeMa ?? 1])} />
                  <YAxis
                    width={44}
                    stroke="var(--muted)"
                    tickFormatter={(v: number) => formatNumber(v, { decimals: 1 })}
                  />
                  <Line
                    name="ECAP (µV)"
                    dataKey="ecapUv"
                    stroke="var(--chart-threshold)"
                    strokeWidth={2}
                    dot={false}
                    isAnimationActive={false}
                  />
                  <ReferenceLine
                    y={chart.detectionUv}
                    stroke="var(--muted)"
                    strokeDasharray="2 3"
                    label={{ value: 'detection', position: 'insideTopLeft', fill: 'var(--muted)' }}
                  />
                  {chart.thresholdMa !== null && (
                    <ReferenceLine
                      x={chart.thresholdMa}
                      stroke="var(--chart-threshold)"
                      strokeDasharray="4 3"
                      label={{ value: 'ET', position: 'top', fill: 'var(--text)' }}
                    />
                  )}
                  <ReferenceLine x={amplitude} {...CURRENT_AMPLITUDE_LINE} />
                </LineChart>
              </ResponsiveContainer>
            </div>
          )}
          <ClosedLoopSettings chart={chart} amplitudeMa={amplitude} />
        </>
      )}
    </figure>
  );
}
