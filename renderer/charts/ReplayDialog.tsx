import { useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import type { ProgramDayReport, ReplayReport } from '../../src-core';
import { ModalDialog } from '../components/ModalDialog';
import { formatNumber } from '../format/number-format';
import { useAppStore } from '../store/context';
import { PLOT_MARGIN } from './chart-style';
import { niceTicks } from './nice-ticks';
import { clockText, replayRows, sampleAt } from './replay-data';
import { TIMELINE_LIBRARY } from './timeline-library';

/** Simulated seconds per real second of the cursor. */
const SPEEDS = [60, 300, 1200, 3600] as const;
/** How often the playing cursor moves (ms) [U]: smooth enough, and the charts redraw only this often. */
const TICK_MS = 100;
const f = (v: number, decimals = 1) => formatNumber(v, { decimals });

/** A shared y axis: nice ticks and a top that holds every point. */
interface Axis {
  readonly ticks: number[];
  readonly decimals: number;
  readonly top: number;
}
const axisTo = (max: number, count: number): Axis => {
  const nice = niceTicks(max, count);
  return { ...nice, top: Math.max(nice.ticks.at(-1) ?? 0, max) };
};

/** One mode of the day: its figures, ECAP against time with the window shaded, current, and the patient's words. */
function ModeColumn({
  title,
  report,
  day,
  cursorS,
  ecapAxis,
  currentAxis,
}: {
  title: string;
  report: ReplayReport;
  day: ProgramDayReport;
  cursorS: number;
  /** The y axes both columns share, so the two modes compare at a glance. */
  ecapAxis: Axis;
  currentAxis: Axis;
}) {
  const rows = useMemo(() => replayRows(report), [report]);
  const now = sampleAt(report, cursorS);
  const cursorH = cursorS / 3600;
  const endH = report.durationS / 3600;
  const reports = report.episodes.slice(0, 6);
  const { perceptionEcapUv: lo, maxComfortEcapUv: hi } = day.therapeuticRange;
  const xAxis = (
    <XAxis
      dataKey="timeH"
      type="number"
      domain={[0, endH]}
      tickFormatter={(v: number) =>
        endH <= 3 ? clockText(v * 3600).slice(0, -3) : `${formatNumber(v, { maximumDecimals: 1 })} h`
      }
      stroke="var(--muted)"
    />
  );
  return (
    <section
      className="replay-mode"
      aria-label={title}
      data-in-window-pct={report.inRangePct.toFixed(2)}
      data-deviation-uv={report.deviation.rmsUv.toFixed(4)}
    >
      <h3>{title}</h3>
      <p className="replay-mode__facts" aria-label={`${title}: figures`}>
        <strong>{f(report.inRangePct)} % of pulses in the window</strong> · deviation {f(report.deviation.rmsUv, 2)} µV
        RMS · current {f(report.amplitude.minMa, 2)}–{f(report.amplitude.maxMa, 2)} mA
        {report.loopGain && ` · loop gain ${f(report.loopGain.min, 2)}–${f(report.loopGain.max, 2)}`}
      </p>
      <p className="replay-mode__now" aria-label={`${title}: at the cursor`}>
        At {clockText(cursorS)} ({now.activity}): ECAP {f(now.ecapUv, 2)} µV, {f(now.amplitudeMa, 2)} mA
      </p>
      <TimePlot
        label={`${title}: ECAP against time (µV)`}
        rows={rows}
        dataKey="ecapUv"
        stroke="var(--chart-covered)"
        axis={ecapAxis}
        xAxis={xAxis}
        cursorH={cursorH}
      >
        <ReferenceArea y1={lo} y2={hi} fill="var(--chart-comfort)" fillOpacity={0.18} ifOverflow="extendDomain" />
        <ReferenceLine y={day.targetUv} stroke="var(--chart-comfort)" strokeDasharray="4 3" />
      </TimePlot>
      <TimePlot
        label={`${title}: current against time (mA)`}
        className="replay-plot--current"
        rows={rows}
        dataKey="amplitudeMa"
        stroke="var(--chart-sensation)"
        axis={currentAxis}
        xAxis={xAxis}
        cursorH={cursorH}
      />
      <h4>
        Patient reports ({report.episodeCounts.over} over, {report.episodeCounts.under} under)
      </h4>
      <ul className="replay-mode__reports" aria-label={`${title}: patient reports`}>
        {reports.length === 0 && <li className="muted">Nothing to report.</li>}
        {reports.map((e) => (
          <li key={`${e.kind}-${e.startS}`}>
            <span className="replay-mode__time">{clockText(e.startS)}</span> “{e.report}”
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * One quantity of a replayed day against time (hours): its line, the shared axes, the play cursor, and what the
 * caller draws under the line (the ECAP's shaded range and target).
 */
function TimePlot({
  label,
  className,
  rows,
  dataKey,
  stroke,
  axis,
  xAxis,
  cursorH,
  children,
}: {
  label: string;
  className?: string;
  rows: readonly object[];
  dataKey: string;
  stroke: string;
  axis: Axis;
  xAxis: ReactNode;
  cursorH: number;
  children?: ReactNode;
}) {
  // The quantity and its unit, as the axis title: after the title's colon ("ECAP against time (µV)").
  const caption = label.slice(label.indexOf(':') + 2);
  return (
    <>
      <p className="replay-plot__caption" aria-hidden="true">
        {caption[0]!.toUpperCase() + caption.slice(1)}
      </p>
      <div className={className ? `replay-plot ${className}` : 'replay-plot'} aria-label={label} role="img">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={rows as object[]} margin={PLOT_MARGIN}>
            <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
            {xAxis}
            <YAxis
              width={40}
              stroke="var(--muted)"
              domain={[0, axis.top]}
              ticks={axis.ticks}
              tickFormatter={(v: number) => f(v, axis.decimals)}
            />
            {children}
            {/* No hover dot: the cursor, not the pointer, says where in the day the figures are read. */}
            <Line
              dataKey={dataKey}
              stroke={stroke}
              strokeWidth={1.2}
              dot={false}
              activeDot={false}
              isAnimationActive={false}
            />
            <ReferenceLine x={cursorH} stroke="var(--chart-now)" strokeWidth={1.5} className="replay-cursor" />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </>
  );
}

/**
 * The posture day of the active program on the ECAP model, run in the physiology worker: a timeline chosen from the
 * bundled ones, open loop and closed loop side by side (window shaded, delivered current, % in window, the patient's
 * reports), the posture-adaptive figures for comparison, and a cursor that plays through the day.
 */
export function ReplayDialog({ onClose }: { onClose: () => void }) {
  const replay = useAppStore((s) => s.replay);
  const requestReplay = useAppStore((s) => s.requestReplay);
  const [file, setFile] = useState(TIMELINE_LIBRARY[0]?.file ?? '');
  const [cursorS, setCursorS] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(SPEEDS[1]);
  const day = replay.status === 'ready' ? replay.day : undefined;
  const durationS = day?.openLoop.durationS ?? 0;

  useEffect(() => {
    if (!playing || !day) return;
    const timer = setInterval(
      () =>
        setCursorS((t) => {
          const next = t + (speed * TICK_MS) / 1000;
          if (next >= durationS) {
            setPlaying(false);
            return durationS;
          }
          return next;
        }),
      TICK_MS,
    );
    return () => clearInterval(timer);
  }, [playing, speed, day, durationS]);
  useEffect(() => {
    setCursorS(0);
    setPlaying(false);
  }, [day]);

  const run = () => {
    const entry = TIMELINE_LIBRARY.find((t) => t.file === file);
    if (entry) requestReplay(entry.timeline);
  };
  const running = replay.status === 'running';
  const axes = useMemo(() => {
    if (!day) return undefined;
    const modes = [day.openLoop, day.closedLoop];
    const ecapMax = Math.max(day.therapeuticRange.maxComfortEcapUv, ...modes.map((m) => Math.max(...m.trace.ecapUv)));
    const currentMax = Math.max(...modes.map((m) => m.amplitude.maxMa));
    return { ecap: axisTo(ecapMax * 1.05, 4), current: axisTo(currentMax * 1.05, 3) };
  }, [day]);
  return (
    <ModalDialog title="Posture day: open loop vs closed loop" onClose={onClose} className="replay-dialog">
      <div className="replay-controls">
        <label>
          Timeline{' '}
          <select value={file} onChange={(event) => setFile(event.target.value)} disabled={running}>
            {TIMELINE_LIBRARY.map((t) => (
              <option key={t.file} value={t.file}>
                {t.timeline.name} ({formatNumber(t.timeline.durationS / 3600, { maximumDecimals: 1 })} h)
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="dialog__primary" onClick={run} disabled={running}>
          {day ? 'Run again' : 'Run the day'}
        </button>
      </div>
      {running && (
        <p className="replay-status" role="status">
          {replay.total === 0
            ? 'Starting the replay…'
            : replay.done < replay.total
              ? `Building the ECAP model: cord position ${replay.done + 1} of ${replay.total}…`
              : 'Replaying the day…'}{' '}
          <progress aria-label="Replay progress" max={Math.max(1, replay.total)} value={replay.done} />
        </p>
      )}
      {replay.status === 'failed' && (
        <p className="replay-status" role="alert">
          The day could not be replayed: {replay.message}
        </p>
      )}
      {day && (
        <div className="replay-result" data-replay-state="ready">
          <p className="replay-summary" aria-label="Settings of the day">
            Window (sitting) {f(day.therapeuticRange.perceptionEcapUv, 2)}–{f(day.therapeuticRange.maxComfortEcapUv, 2)}{' '}
            µV (PT {f(day.therapeuticRange.perceptionThresholdMa, 2)} mA → {f(day.therapeuticRange.maxComfortMa, 2)} mA)
            · target {f(day.targetUv, 2)} µV · gain {formatNumber(day.gainMaPerUv, { maximumDecimals: 3 })} mA/µV, loop
            gain {f(day.operatingPoint.sitting.loopGain, 2)} sitting, {f(day.operatingPoint.supine.loopGain, 2)} supine,{' '}
            {f(day.operatingPoint.prone.loopGain, 2)} prone · posture-adaptive {f(day.postureAdaptive.inRangePct)} % in
            window · closed ÷ open deviation {f(day.deviationRatio, 3)}
          </p>
          <div className="replay-playback">
            <button type="button" onClick={() => setPlaying((p) => !p)} aria-pressed={playing}>
              {playing ? 'Pause' : 'Play'}
            </button>
            <label>
              Speed{' '}
              <select value={speed} onChange={(event) => setSpeed(Number(event.target.value))}>
                {SPEEDS.map((s) => (
                  <option key={s} value={s}>
                    {s}×
                  </option>
                ))}
              </select>
            </label>
            <label className="replay-playback__time">
              Time of day{' '}
              <input
                type="range"
                min={0}
                max={durationS}
                step={1}
                value={Math.round(cursorS)}
                aria-valuetext={clockText(cursorS)}
                onChange={(event) => setCursorS(Number(event.target.value))}
              />
            </label>
            <output aria-label="Cursor time">{clockText(cursorS)}</output>
          </div>
          <div className="replay-columns">
            {(['Open loop', 'Closed loop'] as const).map((title) => (
              <ModeColumn
                key={title}
                title={title}
                report={title === 'Open loop' ? day.openLoop : day.closedLoop}
                day={day}
                cursorS={cursorS}
                ecapAxis={axes!.ecap}
                currentAxis={axes!.current}
              />
            ))}
          </div>
        </div>
      )}
    </ModalDialog>
  );
}
