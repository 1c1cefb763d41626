import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './app-store';

/** Colour scheme: dark for a dim clinic room, light for a bright one or print. */
export type Theme = 'dark' | 'light';

/** The tabs of the charts panel. */
export type ChartTab = 'pulse' | 'titration' | 'strengthDuration' | 'energy' | 'ecap';

/** The 3D view's camera presets. */
export type ViewName = 'posterior' | 'lateral' | 'oblique' | 'axial';

/**
 * What the 3D view shows. It lives in the store (not in the component) so commands, scenarios and tests can drive
 * the view without the mouse.
 */
export interface SpineViewState {
  readonly view: ViewName;
  /** Bumped by each preset choice, so choosing the same preset again re-frames the camera. */
  readonly reframeCount: number;
  /** The simulated X-ray instead of the anatomical colours. */
  readonly fluoroscopy: boolean;
  /** The lead the keys, the readout and the migration act on (clamped to the implant's leads where read). */
  readonly chosenLead: number;
  readonly showField: boolean;
  readonly showFibres: boolean;
  /** C-arm cranio-caudal tilt (degrees, + headward) of the simulated X-ray's AP and lateral projections. */
  readonly cArmTiltDeg: number;
}

export const INITIAL_SPINE_VIEW: SpineViewState = {
  view: 'oblique',
  reframeCount: 0,
  fluoroscopy: false,
  chosenLead: 0,
  showField: true,
  showFibres: true,
  cArmTiltDeg: 0,
};

/** What the body map shades: where paresthesia is felt, or how much the pain is relieved (a teaching model). */
export type BodyMapLayer = 'paresthesia' | 'relief';

/** Dialogs and other view-only state. */
export interface UiSlice {
  readonly aboutOpen: boolean;
  readonly helpOpen: boolean;
  /** The Progress dialog (cases done, best scores, export / import). */
  readonly progressOpen: boolean;
  setProgressOpen(open: boolean): void;
  readonly theme: Theme;
  /** Large text for demos on a projector. */
  readonly presentation: boolean;
  /** The presenter's spotlight: the screen dimmed but for a circle round the pointer. */
  readonly spotlight: boolean;
  setSpotlight(on: boolean): void;
  /** The chart shown (other panels can point to one, e.g. the body map to the titration curve). */
  readonly chartTab: ChartTab;
  setChartTab(tab: ChartTab): void;
  /**
   * Whether the model's own perception / comfort / discomfort thresholds are shown (patient panel, titration chart).
   * Off by default: finding them by asking the patient is the exercise.
   */
  readonly showModelThresholds: boolean;
  setShowModelThresholds(show: boolean): void;
  setAboutOpen(open: boolean): void;
  setHelpOpen(open: boolean): void;
  setTheme(theme: Theme): void;
  setPresentation(on: boolean): void;
  readonly bodyMapLayer: BodyMapLayer;
  setBodyMapLayer(layer: BodyMapLayer): void;
  readonly spineView: SpineViewState;
  /** Shows a camera preset (again: re-frames it). */
  setSpineViewPreset(view: ViewName): void;
  setFluoroscopy(on: boolean): void;
  setChosenLead(lead: number): void;
  setShowField(show: boolean): void;
  setShowFibres(show: boolean): void;
  setCArmTiltDeg(tiltDeg: number): void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  aboutOpen: false,
  helpOpen: false,
  progressOpen: false,
  setProgressOpen: (progressOpen) => set({ progressOpen }),
  theme: 'dark',
  presentation: false,
  spotlight: false,
  setSpotlight: (spotlight) => set({ spotlight }),
  chartTab: 'pulse',
  setChartTab: (chartTab) => {
    set({ chartTab });
    // The battery's numbers are on the Energy tab: looking there is how a low battery is noticed (fault-log.ts).
    if (chartTab === 'energy') get().noteTraineeSignal('energyShown', performance.now());
  },
  showModelThresholds: false,
  setShowModelThresholds: (showModelThresholds) => set({ showModelThresholds }),
  // One of the two at a time: F1 over About replaces it rather than stacking a second dialog on top.
  setAboutOpen: (aboutOpen) => set(aboutOpen ? { aboutOpen, helpOpen: false } : { aboutOpen }),
  setHelpOpen: (helpOpen) => set(helpOpen ? { helpOpen, aboutOpen: false } : { helpOpen }),
  setTheme: (theme) => set({ theme }),
  setPresentation: (presentation) => set({ presentation }),
  bodyMapLayer: 'paresthesia',
  setBodyMapLayer: (bodyMapLayer) => set({ bodyMapLayer }),
  spineView: INITIAL_SPINE_VIEW,
  // An X-ray is a projection (AP, lateral, oblique); the axial section is a cut it cannot show. Choosing the axial
  // section leaves the X-ray; turning the X-ray on over the axial section goes to the AP (posterior) view.
  setSpineViewPreset: (view) =>
    set((s) => ({
      spineView: {
        ...s.spineView,
        view,
        fluoroscopy: view === 'axial' ? false : s.spineView.fluoroscopy,
        reframeCount: s.spineView.reframeCount + 1,
      },
    })),
  setFluoroscopy: (fluoroscopy) =>
    set((s) => {
      const toAp = fluoroscopy && s.spineView.view === 'axial';
      return {
        spineView: {
          ...s.spineView,
          fluoroscopy,
          ...(toAp ? { view: 'posterior' as const, reframeCount: s.spineView.reframeCount + 1 } : {}),
        },
      };
    }),
  setChosenLead: (chosenLead) => set((s) => ({ spineView: { ...s.spineView, chosenLead } })),
  setShowField: (showField) => set((s) => ({ spineView: { ...s.spineView, showField } })),
  setShowFibres: (showFibres) => set((s) => ({ spineView: { ...s.spineView, showFibres } })),
  setCArmTiltDeg: (cArmTiltDeg) => set((s) => ({ spineView: { ...s.spineView, cArmTiltDeg } })),
});
