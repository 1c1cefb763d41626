import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  amplitudeStepMaOf,
  deliveredAmplitudeMa,
  mA,
  type EngineStage,
  type PainRegion,
  type Posture,
  type Program,
  type ResolvedImplant,
  type Session,
} from '../../src-core';
import { ResultBodyMap } from '../bodymap/ResultBodyMap';
import { programSafetyReport, type DeviceFacts } from '../charts/safety-report';
import { ModalDialog } from '../components/ModalDialog';
import { SegmentedChoice } from '../components/SegmentedChoice';
import { batteryLifeText } from '../format/battery-life-text';
import { formatNumber, formatNumberOrDash } from '../format/number-format';
import { TeachingModelTag } from '../patient/TeachingModelTag';
import { RELIEF_MODEL_NOTE, formatElapsed } from '../patient/relief-text';
import { COMPARE_ELAPSED_CHOICES_MIN, type CompareElapsedMin, type ComparePin } from '../store/compare-slice';
import { useAppStore } from '../store/context';
import type { BodyMapLayer } from '../store/ui-slice';
import type { CompareAnswer, CompareProgress, CompareRunner } from './compare-runner';
import { PARADIGM_WORD, sessionWith } from './paradigm-variants';
import './compare.css';

/** A column's state: the worker is computing it, its answer, or why there is none. */
type ColumnState =
  | { readonly status: 'computing'; readonly progress: CompareProgress | undefined }
  | { readonly status: 'waiting' }
  | { readonly status: 'ready'; readonly answer: CompareAnswer }
  | { readonly status: 'failed'; readonly message: string };

const STAGE_TEXT: Record<EngineStage, string> = {
  population: 'Placing the fibres',
  unitFields: 'Solving the field',
  thresholds: 'Fibre thresholds',
};

const LAYER_OPTIONS: readonly { value: BodyMapLayer; label: string }[] = [
  { value: 'paresthesia', label: 'Paresthesia' },
  { value: 'relief', label: 'Relief' },
];

const ELAPSED_OPTIONS = COMPARE_ELAPSED_CHOICES_MIN.map((min) => ({ value: String(min), label: formatElapsed(min) }));

/** "Burst 40 Hz · 5 × 1000 µs at 500 Hz", "10 kHz · 30 µs" — the paradigm and timing of a program. */
export function paradigmText(program: Program): string {
  const { paradigm, rateHz } = program;
  const widths = [...new Set(program.areas.map((a) => a.pulseWidthUs))].join('/');
  const rate = rateHz >= 1000 ? `${formatNumber(rateHz / 1000)} kHz` : `${formatNumber(rateHz)} Hz`;
  if (paradigm.kind === 'burst')
    return `${PARADIGM_WORD.burst} ${rate} · ${paradigm.pulsesPerBurst} × ${widths} µs at ${formatNumber(paradigm.intraBurstRateHz)} Hz`;
  // "10 kHz" is both the paradigm's name and its usual rate: said once.
  if (paradigm.kind === 'highFrequency') return `${rate} · ${widths} µs`;
  return `${PARADIGM_WORD[paradigm.kind]} ${rate} · ${widths} µs`;
}

/** "3− 4+" — an area's poles. */
const polesText = (program: Program, areaIndex: number) =>
  (program.areas[areaIndex]?.contacts ?? [])
    .map((c) => `${c.electrode === 'case' ? 'case' : c.electrode}${c.polarity === 'cathode' ? '−' : '+'}`)
    .join(' ');

/** What every column is simulated under: the live visit's patient, implant, posture and faults. */
interface CompareContext {
  readonly session: Session;
  readonly implant: ResolvedImplant;
  readonly posture: Posture;
  readonly elapsedMin: number;
}

/** The delivered amplitude of a pinned program's first area (mA), as the workstation's client sends it. */
const deliveredOf = (implant: ResolvedImplant, program: Program) =>
  deliveredAmplitudeMa(program.areas[0]!, mA(amplitudeStepMaOf(implant.ipg, program)));

/** Each pin's column, computed one after another in the worker (the first may take a second: fields, fibres). */
function useColumns(runner: CompareRunner, pins: readonly ComparePin[], context: CompareContext) {
  const [columns, setColumns] = useState<ReadonlyMap<number, ColumnState>>(new Map());
  // Answers by pin and time, for this patient, implant and posture: unpinning or going back to a time asks nothing.
  const cache = useRef<{ context: Omit<CompareContext, 'elapsedMin'>; answers: Map<string, CompareAnswer> }>(undefined);
  useEffect(() => {
    let cancelled = false;
    const { session, implant, posture } = context;
    const known = cache.current;
    if (
      !known ||
      known.context.session !== session ||
      known.context.implant !== implant ||
      known.context.posture !== posture
    )
      cache.current = { context: { session, implant, posture }, answers: new Map() };
    const answers = cache.current!.answers;
    const keyOf = (pin: ComparePin) => `${pin.id}:${context.elapsedMin}`;
    const set = (id: number, state: ColumnState) =>
      !cancelled && setColumns((previous) => new Map(previous).set(id, state));
    setColumns(
      new Map(
        pins.map((pin) => {
          const answer = answers.get(keyOf(pin));
          return [pin.id, answer ? ({ status: 'ready', answer } as const) : ({ status: 'waiting' } as const)];
        }),
      ),
    );
    void (async () => {
      for (const pin of pins) {
        if (cancelled) return;
        if (answers.has(keyOf(pin))) continue;
        set(pin.id, { status: 'computing', progress: undefined });
        try {
          const answer = await runner.simulate(
            {
              session: sessionWith(context.session, pin.program),
              programIndex: 0,
              areaIndex: 0,
              posture: context.posture,
              amplitudeMa: deliveredOf(context.implant, pin.program),
              elapsedMin: context.elapsedMin,
            },
            (progress) => set(pin.id, { status: 'computing', progress }),
          );
          answers.set(keyOf(pin), answer);
          set(pin.id, { status: 'ready', answer });
        } catch (error) {
          set(pin.id, { status: 'failed', message: error instanceof Error ? error.message : String(error) });
        }
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [runner, pins, context]);
  return columns;
}

/**
 * Up to three pinned programs side by side: each column its body map, coverage and relief, the model's thresholds
 * (while shown), energy and charge. The physiology is the worker's answer to the workstation's own `configure`;
 * safety and energy the core's assessment the safety summary shows (`programSafetyReport`).
 */
export function CompareDialog({ runner, onClose }: { readonly runner: CompareRunner; readonly onClose: () => void }) {
  const pins = useAppStore((s) => s.comparePins);
  const session = useAppStore((s) => s.visit.session);
  const implant = useAppStore((s) => s.implant);
  const posture = useAppStore((s) => s.posture);
  const elapsedMin = useAppStore((s) => s.compareElapsedMin);
  const setElapsedMin = useAppStore((s) => s.setCompareElapsedMin);
  const layer = useAppStore((s) => s.bodyMapLayer);
  const setLayer = useAppStore((s) => s.setBodyMapLayer);
  const showThresholds = useAppStore((s) => s.showModelThresholds);
  const setShowThresholds = useAppStore((s) => s.setShowModelThresholds);
  const context = useMemo(() => ({ session, implant, posture, elapsedMin }), [session, implant, posture, elapsedMin]);
  const columns = useColumns(runner, pins, context);
  const loading = pins.filter(
    (pin) => columns.get(pin.id)?.status !== 'ready' && columns.get(pin.id)?.status !== 'failed',
  );
  return (
    <ModalDialog title={`Compare programs (${pins.length})`} onClose={onClose} className="compare-dialog">
      <div className="compare__controls">
        <SegmentedChoice<BodyMapLayer> legend="Show" options={LAYER_OPTIONS} value={layer} onChange={setLayer} />
        <SegmentedChoice<string>
          legend="Relief after"
          options={ELAPSED_OPTIONS}
          value={String(elapsedMin)}
          onChange={(value) => setElapsedMin(Number(value) as CompareElapsedMin)}
        />
        <label className="compare__check">
          <input type="checkbox" checked={showThresholds} onChange={(e) => setShowThresholds(e.target.checked)} />
          Show the model’s thresholds
        </label>
        <span className="muted small" role="status" aria-label="Compare progress">
          {loading.length > 0
            ? `Computing ${pins.length - loading.length + 1} of ${pins.length}…`
            : `All ${pins.length} computed, patient ${posture}`}
        </span>
      </div>
      <div className="compare__columns" style={{ gridTemplateColumns: `repeat(${pins.length}, minmax(0, 1fr))` }}>
        {pins.map((pin) => (
          <CompareColumn
            key={pin.id}
            pin={pin}
            state={columns.get(pin.id) ?? { status: 'waiting' }}
            implant={implant}
            painMap={session.patient.painMap ?? []}
            device={session}
            layer={layer}
            showThresholds={showThresholds}
            elapsedMin={elapsedMin}
          />
        ))}
      </div>
    </ModalDialog>
  );
}

function CompareColumn({
  pin,
  state,
  implant,
  painMap,
  device,
  layer,
  showThresholds,
  elapsedMin,
}: {
  readonly pin: ComparePin;
  readonly state: ColumnState;
  readonly implant: ResolvedImplant;
  readonly painMap: readonly PainRegion[];
  /** The live session's device state: faults, impedance variation, instructor conditions, the limit. */
  readonly device: DeviceFacts;
  readonly layer: BodyMapLayer;
  readonly showThresholds: boolean;
  readonly elapsedMin: number;
}) {
  const headingId = useId();
  const unpin = useAppStore((s) => s.unpin);
  const { program } = pin;
  const report = useMemo(() => programSafetyReport(implant, program, device), [implant, program, device]);
  const limit = device.settings.chargeDensityLimitUcPerCm2;
  const answer = state.status === 'ready' ? state.answer : undefined;
  const result = answer?.result;
  const rechargeable = implant.ipg.battery === 'rechargeable';
  const energy = report.energy;
  return (
    <section className="compare__column" aria-labelledby={headingId} data-compare-status={state.status}>
      <header className="compare__head">
        <h3 id={headingId}>{pin.label}</h3>
        <button
          type="button"
          className="compare__unpin"
          aria-label={`Unpin “${pin.label}”`}
          title="Unpin"
          onClick={() => unpin(pin.id)}
        >
          ×
        </button>
      </header>
      <p className="muted small compare__program">
        {paradigmText(program)} · {polesText(program, 0)} · {formatNumber(deliveredOf(implant, program))} mA
        {program.areas.length > 1 ? ` · ${program.areas.length} areas` : ''}
      </p>
      <div className="compare__map">
        {state.status === 'computing' || state.status === 'waiting' ? (
          <div className="compare__progress">
            <progress
              aria-label={`Computing “${pin.label}”`}
              max={1}
              value={state.status === 'computing' ? (state.progress?.fraction ?? undefined) : undefined}
            />
            <span className="muted small">
              {state.status === 'waiting'
                ? 'Waiting…'
                : state.progress
                  ? `${STAGE_TEXT[state.progress.stage]}…`
                  : 'Computing…'}
            </span>
          </div>
        ) : state.status === 'failed' ? (
          <p className="warning--error">Could not simulate it: {state.message}</p>
        ) : (
          <ResultBodyMap
            label={`${pin.label}: body map`}
            painMap={painMap}
            result={result ?? null}
            layer={layer}
            className="compare__svg"
          />
        )}
      </div>
      <dl className="metrics compare__metrics">
        <dt>Pain covered</dt>
        <dd aria-label="Pain covered">{formatNumberOrDash(result?.coverage?.painCoveredPct, 0, '%')}</dd>
        <dt>Outside the pain</dt>
        <dd aria-label="Paresthesia outside the pain">{formatNumberOrDash(result?.coverage?.extraneousPct, 0, '%')}</dd>
        <dt>
          Relief after {formatElapsed(elapsedMin)} <TeachingModelTag note={RELIEF_MODEL_NOTE} />
        </dt>
        <dd aria-label="Relief">{formatNumberOrDash(result?.relief?.overallPct, 0, '%')}</dd>
        <dt>Thresholds (PT / comfort / DT)</dt>
        <dd aria-label="Thresholds">
          {!showThresholds
            ? 'hidden'
            : answer
              ? `${formatNumberOrDash(answer.titration.perceptionMa, 2)} / ${formatNumberOrDash(answer.titration.comfortMa, 2)} / ${formatNumberOrDash(answer.titration.discomfortMa, 2)} mA`
              : '—'}
        </dd>
        {rechargeable ? (
          <>
            <dt>Recharging</dt>
            <dd aria-label="Recharge time">{formatNumberOrDash(energy?.rechargeMinutesPerDay, 0, 'min/day')}</dd>
            <dt>Full battery lasts</dt>
            <dd aria-label="Full battery lasts">{batteryLifeText(energy?.daysBetweenRecharges ?? null)}</dd>
          </>
        ) : (
          <>
            <dt>Battery life</dt>
            <dd aria-label="Battery life">{formatNumberOrDash(energy?.longevityYears, 1, 'years')}</dd>
          </>
        )}
        <dt>Battery drain</dt>
        <dd aria-label="Battery drain">{formatNumberOrDash(energy?.batteryPowerMw, 2, 'mW')}</dd>
        <dt>Charge per phase</dt>
        <dd aria-label="Charge per phase">{formatNumberOrDash(report.peakChargePerPhaseUc, 3, 'µC')}</dd>
        <dt>Charge density</dt>
        <dd aria-label="Peak charge density">
          {formatNumberOrDash(report.peakDensity, 1, 'µC/cm²')} <span className="muted">(limit {limit})</span>
        </dd>
        <dt>Charge per second</dt>
        <dd aria-label="Charge per second">{formatNumberOrDash(energy?.chargePerSecondUc, 0, 'µC/s')}</dd>
      </dl>
    </section>
  );
}
