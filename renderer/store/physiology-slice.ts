import type { StateCreator } from 'zustand/vanilla';
import type { EngineStage, Posture, SimulationResult } from '../../src-core';
import type {
  ActivationView,
  EcapChartData,
  EcapTraceData,
  FibreGeometry,
  StrengthDurationChartData,
  TitrationChartData,
} from '../physiology/protocol';
import type { AppState } from './app-store';
import { tooStrongAlert } from './too-strong-alert';

/** What the virtual patient currently feels, as the physiology worker last reported it. */
export interface PhysiologySlice {
  readonly posture: Posture;
  readonly physiology:
    | { readonly status: 'idle' }
    | {
        readonly status: 'computing';
        readonly previous: SimulationResult | undefined;
        readonly stage?: EngineStage;
        /** How far the stage has got (0–1), for the long ones. */
        readonly stageFraction?: number | undefined;
      }
    | { readonly status: 'ready'; readonly result: SimulationResult; readonly computeMs: number }
    | { readonly status: 'unavailable'; readonly reason: string };
  /** The sampled fibres of the current population (replaced only when the population changes). */
  readonly fibres: FibreGeometry | undefined;
  /** Fibre thresholds and the activating-function surface of the active area (per mA) — the 3D view's live layer. */
  readonly activation: ActivationView | undefined;
  /** Coverage and sensation against amplitude for the active configuration. */
  readonly titration: TitrationChartData | undefined;
  /** Perception / discomfort thresholds against pulse width for the active configuration, filled in as computed. */
  readonly strengthDuration: StrengthDurationChartData | undefined;
  /** The ECAP tab: threshold and growth curve of the configuration (or why there is none), and the live trace. */
  readonly ecap:
    | { readonly status: 'ready'; readonly chart: EcapChartData }
    | { readonly status: 'unavailable'; readonly reason: string }
    | undefined;
  readonly ecapTrace: EcapTraceData | null;
  setPosture(posture: Posture): void;
  setPhysiology(physiology: PhysiologySlice['physiology']): void;
  /** Stores what a configuration reply carried (fibres only when the population changed). */
  setConfigured(
    configured: { fibres?: FibreGeometry; activation: ActivationView; titration: TitrationChartData } | undefined,
  ): void;
  setStrengthDuration(strengthDuration: StrengthDurationChartData | undefined): void;
  /** A new titration sweep for the same configuration (the pain drawing changed). */
  setTitration(titration: TitrationChartData): void;
  setEcap(ecap: PhysiologySlice['ecap'], trace: EcapTraceData | null): void;
  setEcapTrace(trace: EcapTraceData): void;
}

export const createPhysiologySlice: StateCreator<AppState, [], [], PhysiologySlice> = (set, get) => ({
  posture: 'supine',
  physiology: { status: 'idle' },
  fibres: undefined,
  activation: undefined,
  titration: undefined,
  strengthDuration: undefined,
  ecap: undefined,
  ecapTrace: null,
  setPosture: (posture) => set({ posture }),
  setPhysiology: (physiology) => {
    const before = get().physiology;
    set({ physiology });
    if (physiology.status !== 'ready') return;
    const previous =
      before.status === 'ready' ? before.result : before.status === 'computing' ? before.previous : undefined;
    const alert = tooStrongAlert(previous, physiology.result);
    if (alert) get().showStatus({ kind: 'error', text: alert });
  },
  setConfigured: (configured) =>
    set((state) =>
      configured
        ? {
            activation: configured.activation,
            titration: configured.titration,
            fibres: configured.fibres ?? state.fibres,
          }
        : {
            activation: undefined,
            titration: undefined,
            strengthDuration: undefined,
            ecap: undefined,
            ecapTrace: null,
          },
    ),
  setStrengthDuration: (strengthDuration) => set({ strengthDuration }),
  setTitration: (titration) => set({ titration }),
  setEcap: (ecap, ecapTrace) => set({ ecap, ecapTrace }),
  setEcapTrace: (ecapTrace) => set({ ecapTrace }),
});
