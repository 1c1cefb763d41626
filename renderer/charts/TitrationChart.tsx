import { useMemo, useState } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { CURRENT_AMPLITUDE_LINE, PLOT_MARGIN, amplitudeAxisProps } from './chart-style';
import { useAppStore } from '../store/context';
import { selectProgrammedAmplitudeMa } from '../store/selectors';
import { selectModelProblem } from './model-state';
import { titrationView, type ThresholdKind } from './titration-data';
import { formatNumber } from '../format/number-format';

const THRESHOLD_COLOURS: Record<ThresholdKind, string> = {
  perception: 'var(--chart-threshold)',
  comfort: 'var(--chart-comfort)',
  discomfort: 'var(--chart-discomfort)',
};
const mAText = (value: number) => `${formatNumber(value, { decimals: 1 })} mA`;

/**
 * The highest amplitude (mA) delivered since the configuration's sweep arrived: what the patient has been asked.
 * Reset by a new sweep (another configuration), kept as state adjusted while rendering (React's derived-state idiom).
 */
function useHighestAmplitudeTried(sweep: unknown, amplitudeMa: number): number {
  const [tried, setTried] = useState({ sweep, maxMa: amplitudeMa });
  if (tried.sweep !== sweep || amplitudeMa > tried.maxMa) {
    setTried({ sweep, maxMa: amplitudeMa });
    return amplitudeMa;
  }
  return tried.maxMa;
}

/**
 * The titration curve of the active configuration: how much of the pain drawing is covered, how much tingling lands
 * outside it and how strong the strongest place feels, against amplitude — all from the worker's sweep of the core's
 * perception model. Reference lines mark the thresholds and the amplitude delivered now, which moves live.
 */
export function TitrationChart() {
  const titration = useAppStore((s) => s.titration);
  const status = useAppStore((s) => s.physiology.status);
  const problem = useAppStore(selectModelProblem);
  const amplitude = useAppStore(selectProgrammedAmplitudeMa);
  const stimulationOn = useAppStore((s) => s.stimulationOn);
  // The model's thresholds are the answer to the exercise: shown only when the trainee asks (patient panel).
  const reveal = useAppStore((s) => s.showModelThresholds);
  const exploredMa = useHighestAmplitudeTried(titration, amplitude);
  const shownUpToMa = reveal ? Number.POSITIVE_INFINITY : exploredMa;
  const view = useMemo(
    () => (titration ? titrationView(titration, amplitude, shownUpToMa) : undefined),
    [titration, amplitude, shownUpToMa],
  );
  const computing = status === 'computing';
  const state = problem ? 'unavailable' : computing ? 'computing' : view ? 'ready' : 'waiting';

  return (
    <figure
      className="chart"
      aria-label="Titration curve"
      data-chart-state={state}
      data-points={view?.rows.length ?? 0}
      data-current-amplitude={amplitude.toFixed(2)}
    >
      <figcaption>Coverage and sensation (%; 100 % sensation = too strong) against amplitude (mA)</figcaption>
      {problem ? (
        <p className="chart-note muted">{problem}</p>
      ) : computing ? (
        <p className="chart-note chart-note--busy" role="status">
          Computing the new configuration…{view ? ' (previous curve dimmed)' : ''}
        </p>
      ) : null}
      {view && !problem && (
        <>
          <p className="chart-facts" aria-label="Thresholds">
            <strong>
              Now {mAText(amplitude)}
              {stimulationOn ? '' : ' (stimulation off)'}
            </strong>
            {reveal
              ? view.thresholds.map((t) => ` · ${t.tag} ${t.label.toLowerCase()} ${mAText(t.amplitudeMa)}`).join('')
              : ' · curves up to the highest amplitude tried; the model’s thresholds are hidden (patient panel: “Show the model’s thresholds”)'}
          </p>
          <div className={computing ? 'chart-plot chart-plot--stale' : 'chart-plot'}>
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={view.rows as object[]} margin={PLOT_MARGIN}>
                <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
                <XAxis {...amplitudeAxisProps(view.domainMa)} allowDataOverflow />
                <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} width={44} stroke="var(--muted)" />
                {view.uncomfortable.map((span) => (
                  <ReferenceArea
                    key={span.fromMa}
                    x1={span.fromMa}
                    x2={span.toMa}
                    fill="var(--chart-zone)"
                    fillOpacity={0.16}
                    ifOverflow="hidden"
                    label={{ value: 'too strong', position: 'insideTopRight', fill: 'var(--chart-discomfort)' }}
                  />
                ))}
                {view.hasPainMap && (
                  <Line
                    name="Pain covered"
                    dataKey="coveredPct"
                    stroke="var(--chart-covered)"
                    strokeWidth={2.4}
                    dot={false}
                    isAnimationActive={false}
                  />
                )}
                {view.hasPainMap && (
                  <Line
                    name="Outside pain"
                    dataKey="outsidePct"
                    stroke="var(--chart-outside)"
                    strokeWidth={1.8}
                    strokeDasharray="7 4"
                    dot={false}
                    isAnimationActive={false}
                  />
                )}
                <Line
                  name="Strongest sensation"
                  dataKey="sensationPct"
                  stroke="var(--chart-sensation)"
                  strokeWidth={2.2}
                  strokeDasharray="3 2"
                  dot={false}
                  isAnimationActive={false}
                />
                {(reveal ? view.thresholds : []).map((t) => (
                  <ReferenceLine
                    key={t.kind}
                    x={t.amplitudeMa}
                    className={`threshold-line threshold-line--${t.kind}`}
                    stroke={THRESHOLD_COLOURS[t.kind]}
                    strokeDasharray="4 3"
                    label={{ value: t.tag, position: 'top', fill: THRESHOLD_COLOURS[t.kind] }}
                  />
                ))}
                <ReferenceLine x={amplitude} {...CURRENT_AMPLITUDE_LINE} />
                <Legend wrapperStyle={{ fontSize: '0.72rem', lineHeight: 1.2 }} />
              </LineChart>
            </ResponsiveContainer>
          </div>
          {!view.hasPainMap && (
            <p className="chart-facts">
              No pain drawing: only the sensation is shown. Draw the pain on the body map to see coverage.
            </p>
          )}
        </>
      )}
      {!view && !problem && !computing && <p className="chart-note muted">Waiting for the patient model.</p>}
    </figure>
  );
}
