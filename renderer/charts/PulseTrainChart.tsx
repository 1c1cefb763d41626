import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { cathodicChargePerPhaseUc, ms, periodUs, pulseOccupancyUs, sampleForPlot, synthesizePulseTrain } from '../../src-core/stimulation';
import { useAppStore } from '../store/context';

const formatCharge = (uc: number) => `${uc.toFixed(3)} µC`;

/** Fixed axis scales, so a change of amplitude visibly changes the drawn pulse instead of rescaling the axis. */
const AXIS_SCALES_MA = [1, 2, 5, 10, 15, 20, 26];
const axisLimitMa = (amplitudeMa: number) => AXIS_SCALES_MA.find((limit) => limit >= amplitudeMa * 1.05) ?? 26;

/**
 * The synthesised current at the cathode: one pulse in detail (µs) and the train over two periods (ms).
 * Both come from the core's synthesiser; nothing here is drawn by hand.
 */
export function PulseTrainChart() {
  const program = useAppStore((s) => s.program);
  const valid = useAppStore((s) => s.programIssues.length === 0);

  const { detail, train } = useMemo(() => {
    if (!valid) return { detail: [], train: [] };
    const periodMs = periodUs(program.rateHz) / 1000;
    const trainSamples = sampleForPlot(synthesizePulseTrain(program, ms(2 * periodMs))).map((p) => ({ t: p.tUs / 1000, i: p.currentMa }));
    // Show the pulse and its recharge with a margin, clipped to the period.
    const detailWindowUs = Math.min(periodUs(program.rateHz), pulseOccupancyUs(program) * 1.4);
    const detailSamples = sampleForPlot(synthesizePulseTrain(program, ms(periodMs)))
      .filter((p) => p.tUs <= detailWindowUs)
      .map((p) => ({ t: p.tUs, i: p.currentMa }));
    return { detail: detailSamples, train: trainSamples };
  }, [program, valid]);

  const charge = cathodicChargePerPhaseUc(program);
  const limit = axisLimitMa(program.amplitudeMa);
  const domain = [-limit, limit];
  const ticks = [-limit, -limit / 2, 0, limit / 2, limit];

  return (
    <section className="panel charts" aria-labelledby="pulse-heading">
      <h2 id="pulse-heading">Pulse train at the cathode</h2>
      <p className="readout">
        Charge per phase <output aria-label="Charge per phase" data-testid="charge-per-phase">{formatCharge(charge)}</output>
      </p>
      {!valid && <p className="muted">Fix the program to see its waveform.</p>}
      <figure className="chart" aria-label="Single pulse waveform" data-points={detail.length}>
        <figcaption>One pulse (µs)</figcaption>
        <ResponsiveContainer width="100%" height={150}>
          <LineChart data={detail} margin={{ top: 6, right: 12, bottom: 4, left: 0 }}>
            <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
            <XAxis dataKey="t" type="number" domain={['dataMin', 'dataMax']} tickFormatter={(t: number) => t.toFixed(0)} stroke="var(--muted)" />
            <YAxis domain={domain} ticks={ticks} width={40} stroke="var(--muted)" tickFormatter={(v: number) => v.toFixed(1)} />
            <ReferenceLine y={0} stroke="var(--muted)" />
            <Line type="linear" dataKey="i" stroke="var(--accent)" dot={false} isAnimationActive={false} strokeWidth={2} />
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <figure className="chart" aria-label="Pulse train waveform" data-points={train.length}>
        <figcaption>Train over two periods (ms) · current in mA, cathodic negative</figcaption>
        <ResponsiveContainer width="100%" height={120}>
          <LineChart data={train} margin={{ top: 6, right: 12, bottom: 4, left: 0 }}>
            <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
            <XAxis dataKey="t" type="number" domain={['dataMin', 'dataMax']} tickFormatter={(t: number) => t.toFixed(1)} stroke="var(--muted)" />
            <YAxis domain={domain} ticks={ticks} width={40} stroke="var(--muted)" tickFormatter={(v: number) => v.toFixed(1)} />
            <Line type="linear" dataKey="i" stroke="var(--accent)" dot={false} isAnimationActive={false} strokeWidth={1.5} />
          </LineChart>
        </ResponsiveContainer>
      </figure>
    </section>
  );
}
