import { useEffect } from 'react';
import { ChartsPanel } from './charts/ChartsPanel';
import { SafetySummary } from './charts/SafetySummary';
import { BodyMapPanel } from './bodymap/BodyMapPanel';
import { PatientPanel } from './patient/PatientPanel';
import { commandForKey, findCommand } from './commands/registry';
import { AboutDialog } from './components/AboutDialog';
import { HelpOverlay } from './components/HelpOverlay';
import { StatusBar } from './components/StatusBar';
import { Toolbar } from './components/Toolbar';
import { ProgramPanel } from './panels/ProgramPanel';
import { useAppServices, useAppStore } from './store/context';
import { SpineViewport } from './viewport/SpineViewport';

/** Applies the theme and presentation mode to the document root, where the CSS variables live. */
function useDisplaySettings() {
  const theme = useAppStore((s) => s.theme);
  const presentation = useAppStore((s) => s.presentation);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.classList.toggle('presentation', presentation);
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
      <Toolbar />
      <StatusBar />
      <main className="workspace">
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
      <HelpOverlay />
    </div>
  );
}
