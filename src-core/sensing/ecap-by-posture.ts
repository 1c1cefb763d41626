/**
 * ECAP by posture: the closed-loop controller's and the posture day's view of the model. One ECAP configuration per
 * posture (each a full configuration of the engine, cached here), then `ecapAmplitudeUv(posture, amplitudeMa)` is a
 * trace and a peak search (< 1 ms).
 */
import { POSTURES, type Posture } from '../anatomy/patient-anatomy';
import type { ResolvedImplant } from '../hardware/implant';
import type { Session } from '../session/session';
import type { PhysiologyEngine } from '../simulation/engine';
import { configureSimulation } from '../simulation/simulate';
import { ecapConfigurationOf, type EcapConfiguration } from './ecap-configuration';
import { ecapAmplitudeAt } from './ecap-measures';
import type { RecordingContacts } from './recording-contacts';

/** The ECAP configurations of one program area in every posture, and the amplitude function built on them. */
export interface PostureEcap {
  readonly configurations: Readonly<Record<Posture, EcapConfiguration>>;
  /** Noise-free P2 − N1 (µV) in `posture` at `amplitudeMa` of the area. */
  readonly ecapAmplitudeUv: (posture: Posture, amplitudeMa: number) => number;
}

/**
 * Configures `programIndex`/`areaIndex` in all four postures (stimulation on) and returns the ECAP amplitude
 * function. Expensive (one engine configuration per posture, seconds); the returned function is cheap.
 * @example postureEcap(engine, session, implant, 0, 0).ecapAmplitudeUv('sitting', 4.5);
 */
export function postureEcap(
  engine: PhysiologyEngine,
  session: Session,
  implant: ResolvedImplant,
  programIndex: number,
  areaIndex: number,
  contacts?: RecordingContacts,
): PostureEcap {
  const entries = POSTURES.map((posture) => {
    const configured = configureSimulation(engine, session, implant, {
      programIndex,
      areaIndex,
      posture,
      stimulationOn: true,
    });
    return [posture, ecapConfigurationOf(engine, configured, contacts)] as const;
  });
  const configurations = Object.fromEntries(entries) as Record<Posture, EcapConfiguration>;
  return {
    configurations,
    ecapAmplitudeUv: (posture, amplitudeMa) => ecapAmplitudeAt(configurations[posture], amplitudeMa),
  };
}
