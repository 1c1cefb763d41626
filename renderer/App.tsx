import { useEffect } from 'react';
import { ChartsPanel } from './charts/ChartsPanel';
import { SafetySummary } from './charts/SafetySummary';
import { BodyMapPanel } from './bodymap/BodyMapPanel';
import { PatientPanel } from './patient/PatientPanel';
import { commandForKey, findCommand } from './commands/registry';
import { AboutDialog } from './components/AboutDialog';
import { ProgressDialog } from './components/ProgressDialog';
import { HelpOverlay } from './components/HelpOverlay';
import { StatusBar } from './components/StatusBar';
import { Toolbar } from './components/Toolbar';
import { ProgramPanel } from './panels/ProgramPanel';
import { useAppServices, useAppStore } from './store/context';
import { SpineViewport } from './viewport/SpineViewport';

/** Window widths below which the workstation stacks into a scrolling page: always, and with presentation's big text. */
export const STACK_BELOW_PX = 1100;
export const STACK_BELOW_IN_PRESENTATION_PX = 1700;

/** Whether the workstation should stack (see styles.css, "Stacked layout"). */
export function shouldStack(widthPx: number, presentation: boolean): boolean {
  return widthPx < (presentation ? STACK_BELOW_IN_PRESENTATION_PX : STACK_BELOW_PX);
}

/** Applies the theme, presentation mode and the stacked layout to the document root, where the CSS variables live. */
function useDisplaySettings() {
  const theme = useAppStore((s) => s.theme);
  const presentation = useAppStore((s) => s.presentation);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.classList.toggle('presentation', presentation);
    const restack = () => root.classList.toggle('stacked', shouldStack(window.innerWidth, presentation));
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

/** The programming workstation: file toolbar, program controls, 3D view and the pulse chart. */
export function App() {
  useCommandRouting();
  useDisplaySettings();
  return (
    <div className="app">
      {/* First in the tab order: past the toolbar's commands straight to the programmer. */}
      <a className="skip-link" href="#workspace">
        Skip to the workstation
      </a>
      <Toolbar />
      <StatusBar />
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
      </main>
      <AboutDialog />
      <ProgressDialog />
      <HelpOverlay />
    </div>
  );
}
