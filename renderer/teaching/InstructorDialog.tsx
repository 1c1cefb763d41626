import { useState, type ReactNode } from 'react';
import {
  MIGRATION_DIRECTIONS,
  POSTURES,
  assessSafety,
  migratedPlacement,
  safetyOptionsOf,
  type DeviceConditions,
  type MigrationDirection,
  type Posture,
} from '../../src-core';
import { ModalDialog } from '../components/ModalDialog';
import { formatNumber } from '../format/number-format';
import { useAppStore, useAppServices } from '../store/context';
import type { AppState, AppStore } from '../store/app-store';
import {
  SIGNAL_WORDS,
  activeFault,
  detectionDelayS,
  type FaultEvent,
  type InstructorFaultKind,
} from '../store/fault-log';
import './instructor.css';

const ENCAPSULATION_WEEKS = [2, 6, 12, 26] as const;
const BATTERY_PCT = [15, 8, 3] as const;
const MIGRATION_MM = [3, 6, 10] as const;
/** A compliance limit this far below what the active program needs, so the fault shows at once. */
const COMPLIANCE_LIMIT_FRACTION_OF_NEED = 0.8;
/** The limit when the program needs (almost) nothing yet (V). */
const COMPLIANCE_LIMIT_DEFAULT_V = 3;

const DIRECTION_WORDS: Record<MigrationDirection, string> = {
  caudal: 'caudally (down)',
  cranial: 'cranially (up)',
  left: "to the patient's left",
  right: "to the patient's right",
};

/** m:ss of a visit time. */
const clock = (s: number) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;

function statusText(event: FaultEvent | undefined, on: boolean): string {
  if (!on || !event) return 'Off';
  const delay = detectionDelayS(event);
  return delay === null
    ? `On since ${clock(event.injectedAtS)} · not yet detected`
    : `On since ${clock(event.injectedAtS)} · detected after ${formatNumber(delay, { decimals: 0 })} s (${SIGNAL_WORDS[event.detectedBy!]})`;
}

/** The output voltage the active program needs now (V), with the session's faults and variation; 0 if none. */
function neededVoltageV(state: AppState): number {
  const { session } = state.visit;
  const program = session.programs[session.activeProgram];
  if (!program) return 0;
  const report = assessSafety(state.implant, [program], safetyOptionsOf({ ...session, conditions: {} }, state.implant));
  return Math.max(0, ...(report.programs[0]?.areas ?? []).map((a) => a.requiredVoltageV ?? 0));
}

function setCondition(store: AppStore, change: DeviceConditions, drop?: keyof DeviceConditions) {
  const state = store.getState();
  const current: Record<string, number> = { ...(state.visit.session.conditions ?? {}) };
  if (drop) delete current[drop];
  state.applyInstructorEdit({ kind: 'setConditions', conditions: { ...current, ...change } });
}

/** Inject and Undo of one device condition (a number in the session's `conditions`), logged as fault `kind`. */
function conditionActions(
  store: AppStore,
  kind: InstructorFaultKind,
  key: keyof DeviceConditions,
  value: () => number,
  detail: (value: number) => string,
): Pick<RowProps, 'inject' | 'undo'> {
  return {
    inject: () => {
      const v = value();
      setCondition(store, { [key]: v });
      store.getState().noteFaultInjected(kind, detail(v), performance.now());
    },
    undo: () => {
      setCondition(store, {}, key);
      store.getState().noteFaultUndone(kind, performance.now());
    },
  };
}

interface RowProps {
  readonly kind: InstructorFaultKind;
  readonly title: string;
  readonly what: string;
  readonly on: boolean;
  readonly children?: ReactNode;
  readonly inject: () => void;
  readonly undo: () => void;
}

function FaultRow({ kind, title, what, on, children, inject, undo }: RowProps) {
  const event = useAppStore((s) => activeFault(s.visitLog.faultEvents, kind));
  const headingId = `instructor-${kind}`;
  return (
    <li className={on ? 'instructor__fault instructor__fault--on' : 'instructor__fault'} aria-labelledby={headingId}>
      <div className="instructor__head">
        <h3 id={headingId}>{title}</h3>
        <span className="instructor__status" aria-label={`${title} status`}>
          {statusText(event, on)}
        </span>
      </div>
      <p className="muted instructor__what">{what}</p>
      <div className="instructor__controls">
        {children}
        {on ? (
          <button type="button" onClick={undo}>
            Undo {title.toLowerCase()}
          </button>
        ) : (
          <button type="button" className="instructor__inject" onClick={inject}>
            Inject {title.toLowerCase()}
          </button>
        )}
      </div>
    </li>
  );
}

function Choice<T extends string | number>({
  label,
  value,
  options,
  onChange,
  words,
  disabled,
}: {
  readonly label: string;
  readonly value: T;
  readonly options: readonly T[];
  readonly onChange: (value: T) => void;
  readonly words?: (value: T) => string;
  readonly disabled?: boolean;
}) {
  return (
    <label className="instructor__choice">
      <span>{label}</span>
      <select
        aria-label={label}
        value={String(value)}
        disabled={disabled}
        onChange={(e) => onChange(options.find((o) => String(o) === e.target.value) ?? options[0]!)}
      >
        {options.map((o) => (
          <option key={String(o)} value={String(o)}>
            {words ? words(o) : String(o)}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The instructor's panel: each fault switched on live for the trainee to find, and undone. Lead faults, conditions
 * and a migration are edits of the visit (Undo in the toolbar takes them back too); a posture change sets the
 * patient's posture. Each is logged with when it was injected and first detected (`visitLog.faultEvents`).
 */
export function InstructorDialog() {
  const open = useAppStore((s) => s.instructorOpen);
  if (!open) return null;
  return <InstructorPanel />;
}

function InstructorPanel() {
  const { store } = useAppServices();
  const setOpen = useAppStore((s) => s.setInstructorOpen);
  const implant = useAppStore((s) => s.implant);
  const faults = useAppStore((s) => s.visit.session.faults);
  const conditions = useAppStore((s) => s.visit.session.conditions);
  const leads = useAppStore((s) => s.visit.session.hardware.leads);
  const posture = useAppStore((s) => s.posture);
  const events = useAppStore((s) => s.visitLog.faultEvents);
  const contacts = implant.contacts.map((c) => c.number);
  const [openContact, setOpenContact] = useState(() => firstCathode(store.getState()) ?? 0);
  const [shortA, setShortA] = useState(0);
  const [shortB, setShortB] = useState(Math.min(1, contacts.length - 1));
  const [weeks, setWeeks] = useState<number>(6);
  const [battery, setBattery] = useState<number>(8);
  const [lead, setLead] = useState(0);
  const [direction, setDirection] = useState<MigrationDirection>('caudal');
  const [distance, setDistance] = useState<number>(6);
  const [newPosture, setNewPosture] = useState<Posture>(posture === 'standing' ? 'supine' : 'standing');
  const now = () => performance.now();

  const openEvent = activeFault(events, 'open');
  const shortEvent = activeFault(events, 'short');
  const migrationEvent = activeFault(events, 'migration');
  const postureEvent = activeFault(events, 'posture');
  const hasFault = (restore: FaultEvent['restore']) =>
    restore !== undefined &&
    'fault' in restore &&
    faults.some((f) => JSON.stringify(f) === JSON.stringify(restore.fault));
  const migrated =
    migrationEvent?.restore !== undefined &&
    'placement' in migrationEvent.restore &&
    JSON.stringify(leads[migrationEvent.restore.lead]?.placement) !== JSON.stringify(migrationEvent.restore.placement);
  const postureOn =
    postureEvent?.restore !== undefined &&
    'posture' in postureEvent.restore &&
    postureEvent.restore.posture !== posture;

  const removeFault = (event: FaultEvent | undefined, kind: InstructorFaultKind) => {
    const state = store.getState();
    if (event?.restore && 'fault' in event.restore) {
      const gone = JSON.stringify(event.restore.fault);
      state.applyInstructorEdit({
        kind: 'setFaults',
        faults: state.visit.session.faults.filter((f) => JSON.stringify(f) !== gone),
      });
    }
    state.noteFaultUndone(kind, now());
  };

  return (
    <ModalDialog title="Instructor faults" className="instructor" onClose={() => setOpen(false)}>
      <p className="instructor__intro">
        Switch a fault on for the trainee to find; Undo puts it back. Each is logged with when it was injected and when
        the trainee first detected it.
      </p>
      <ul className="instructor__faults" aria-label="Faults">
        <FaultRow
          kind="open"
          title="Open contact"
          what="A broken conductor: the contact reads open on the impedance check and cannot deliver current."
          on={hasFault(openEvent?.restore)}
          inject={() => {
            const fault = { kind: 'open' as const, contact: openContact };
            store.getState().applyInstructorEdit({ kind: 'setFaults', faults: [...faults, fault] });
            store.getState().noteFaultInjected('open', `contact ${openContact} open`, now(), { fault });
          }}
          undo={() => removeFault(openEvent, 'open')}
        >
          <Choice label="Contact" value={openContact} options={contacts} onChange={setOpenContact} />
        </FaultRow>
        <FaultRow
          kind="short"
          title="Short circuit"
          what="Two conductors touch: the pair reads a few ohms and the current spreads over both contacts."
          on={hasFault(shortEvent?.restore)}
          inject={() => {
            if (shortA === shortB) return;
            const fault = { kind: 'short' as const, contacts: [shortA, shortB] as const };
            store.getState().applyInstructorEdit({ kind: 'setFaults', faults: [...faults, fault] });
            store.getState().noteFaultInjected('short', `contacts ${shortA} and ${shortB} shorted`, now(), { fault });
          }}
          undo={() => removeFault(shortEvent, 'short')}
        >
          <Choice label="First contact" value={shortA} options={contacts} onChange={setShortA} />
          <Choice label="Second contact" value={shortB} options={contacts} onChange={setShortB} />
        </FaultRow>
        <FaultRow
          kind="impedanceRise"
          title="Impedance rise"
          what="A fibrous capsule forms around the contacts: every impedance rises over the weeks (teaching model)."
          on={conditions?.encapsulationWeeks !== undefined}
          {...conditionActions(
            store,
            'impedanceRise',
            'encapsulationWeeks',
            () => weeks,
            (w) => `encapsulation over ${w} weeks`,
          )}
        >
          <Choice label="Weeks" value={weeks} options={ENCAPSULATION_WEEKS} onChange={setWeeks} />
        </FaultRow>
        <FaultRow
          kind="lowBattery"
          title="Low battery"
          what="The IPG's battery is nearly empty: the safety and energy panel shows the charge and the hours left."
          on={conditions?.batteryPct !== undefined}
          {...conditionActions(
            store,
            'lowBattery',
            'batteryPct',
            () => battery,
            (pct) => `battery at ${pct} %`,
          )}
        >
          <Choice label="Charge (%)" value={battery} options={BATTERY_PCT} onChange={setBattery} />
        </FaultRow>
        <FaultRow
          kind="complianceLimit"
          title="Compliance limit"
          what="The supply rail sags: the IPG reaches less voltage than the program needs, so its current cannot be delivered."
          on={conditions?.complianceLimitV !== undefined}
          {...conditionActions(
            store,
            'complianceLimit',
            'complianceLimitV',
            () => {
              const need = neededVoltageV(store.getState());
              return need > 1
                ? Math.round(need * COMPLIANCE_LIMIT_FRACTION_OF_NEED * 10) / 10
                : COMPLIANCE_LIMIT_DEFAULT_V;
            },
            (limit) => `output limited to ${limit} V`,
          )}
        />
        <FaultRow
          kind="migration"
          title="Lead migration"
          what="The lead slips: the field moves with it, the patient feels it elsewhere (an exercise, not a prediction)."
          on={migrated}
          inject={() => {
            const state = store.getState();
            const from = state.visit.session.hardware.leads[lead]?.placement;
            if (!from) return;
            state.applyInstructorEdit({
              kind: 'setPlacement',
              lead,
              placement: migratedPlacement(from, direction, distance),
            });
            state.noteFaultInjected(
              'migration',
              `lead ${lead + 1} slipped ${distance} mm ${DIRECTION_WORDS[direction]}`,
              now(),
              { lead, placement: from },
            );
          }}
          undo={() => {
            const restore = migrationEvent?.restore;
            if (restore && 'placement' in restore)
              store
                .getState()
                .applyInstructorEdit({ kind: 'setPlacement', lead: restore.lead, placement: restore.placement });
            store.getState().noteFaultUndone('migration', now());
          }}
        >
          {leads.length > 1 && (
            <Choice
              label="Lead"
              value={lead}
              options={leads.map((_, i) => i)}
              onChange={setLead}
              words={(i) => `Lead ${i + 1}`}
            />
          )}
          <Choice
            label="Direction"
            value={direction}
            options={MIGRATION_DIRECTIONS}
            onChange={setDirection}
            words={(d) => d[0]!.toUpperCase() + d.slice(1)}
          />
          <Choice label="Distance (mm)" value={distance} options={MIGRATION_MM} onChange={setDistance} />
        </FaultRow>
        <FaultRow
          kind="posture"
          title="Posture change"
          what="The patient sits up or lies down: the cord moves in its CSF and the same program feels different."
          on={postureOn}
          inject={() => {
            const state = store.getState();
            state.noteFaultInjected('posture', `patient ${newPosture}`, now(), { posture: state.posture });
            state.setPosture(newPosture);
          }}
          undo={() => {
            const restore = postureEvent?.restore;
            if (restore && 'posture' in restore) store.getState().setPosture(restore.posture);
            store.getState().noteFaultUndone('posture', now());
          }}
        >
          <Choice
            label="New posture"
            value={newPosture}
            options={POSTURES.filter((p) => p !== posture || postureOn)}
            onChange={setNewPosture}
            disabled={postureOn}
          />
        </FaultRow>
      </ul>
    </ModalDialog>
  );
}

/** The active area's first cathode contact, the most telling one to break. */
function firstCathode(state: AppState): number | undefined {
  const program = state.visit.session.programs[state.visit.session.activeProgram];
  const area = program?.areas[state.activeArea];
  const cathode = area?.contacts.find((c) => c.polarity === 'cathode' && c.electrode !== 'case');
  return cathode && cathode.electrode !== 'case' ? cathode.electrode : undefined;
}
