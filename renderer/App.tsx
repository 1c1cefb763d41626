import { useEffect } from 'react';
import { ChartsPanel } from './charts/ChartsPanel';
import { SafetySummary } from './charts/SafetySummary';
import { BodyMapPanel } from './bodymap/BodyMapPanel';
import { PatientPanel } from './patient/PatientPanel';
import { commandForKey, findCommand } from './commands/registry';
import { AboutDialog } from './components/AboutDialog';
import { ProgressDialog } from './components/ProgressDialog';
import { HelpOverlay } from './components/HelpOverlay';
import { Spotlight } from './components/Spotlight';
import { ScenarioPanel } from './scenarios/ScenarioPanel';
import { StatusBar } from './components/StatusBar';
import { Toolbar } from './components/Toolbar';
import { ProgramPanel } from './panels/ProgramPanel';
import { useAppServices, useAppStore } from './store/context';
import { SpineViewport } from './viewport/SpineViewport';
import { CaseChooser } from './teaching/CaseChooser';
import { DebriefScreen } from './teaching/DebriefScreen';
import { GuidedVisit } from './teaching/GuidedVisit';
import { InstructorDialog } from './teaching/InstructorDialog';
import './presentation.css';

/**
 * Window width below which the workstation stacks into a scrolling page. Presentation mode has its own stage layout
 * (presentation.css) from 1280 px; below this it stacks too.
 */
export const STACK_BELOW_PX = 1100;

/** Whether the workstation should stack (see styles.css, "Stacked layout"). */
export function shouldStack(widthPx: number): boolean {
  return widthPx < STACK_BELOW_PX;
}

/** Applies the theme, presentation mode and the stacked layout to the document root, where the CSS variables live. */
function useDisplaySettings() {
  const theme = useAppStore((s) => s.theme);
  const presentation = useAppStore((s) => s.presentation);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.classList.toggle('presentation', presentation);
    const restack = () => root.classList.toggle('stacked', shouldStack(window.innerWidth));
    restack();
    window.addEventListener('resize', restack);
    return () => window.removeEventListener('resize', restack);
  }, [theme, presentation]);
}

/** Routes the native menu and keyboard shortcuts to the command registry. */
function useCommandRouting() {
  const services = useAppServices();
  useEffect(() => {
    const unsubscribe = services.platform.onMenuCommand((id) => void findCommand(id).perform(services));
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      void command.perform(services);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      unsubscribe();
      window.removeEventListener('keydown', onKey);
    };
  }, [services]);
}

/** The programming workstation: program controls, 3D view, body map, the patient and the charts. */
function Workstation() {
  return (
    <main id="workspace" className="workspace" tabIndex={-1} aria-labelledby="workspace-heading">
      {/* The page's one h1 for screen readers; the toolbar shows the name. */}
      <h1 id="workspace-heading" className="visually-hidden">
        SCS programming workstation
      </h1>
      <ProgramPanel />
      <div className="workspace__centre">
        <SpineViewport />
        <BodyMapPanel />
      </div>
      <div className="column">
        <PatientPanel />
        <ChartsPanel />
        <SafetySummary />
      </div>
      <GuidedVisit />
    </main>
  );
}

const SKIP_LINK_TEXT = {
  chooser: 'Skip to the cases',
  workstation: 'Skip to the workstation',
  debrief: 'Skip to the debrief',
} as const;

/** The app: the toolbar and status line over one screen — the case chooser (first), the workstation or a debrief. */
export function App() {
  useCommandRouting();
  useDisplaySettings();
  const screen = useAppStore((s) => s.screen);
  return (
    <div className="app" data-screen={screen}>
      {/* First in the tab order: past the toolbar's commands straight to the screen's content. */}
      <a className="skip-link" href="#workspace">
        {SKIP_LINK_TEXT[screen]}
      </a>
      <Toolbar />
      <StatusBar />
      {screen === 'chooser' && <CaseChooser />}
      {screen === 'workstation' && <Workstation />}
      {screen === 'debrief' && <DebriefScreen />}
      <AboutDialog />
      <ProgressDialog />
      <InstructorDialog />
      <HelpOverlay />
      <ScenarioPanel />
      <Spotlight />
    </div>
  );
}
