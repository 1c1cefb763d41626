import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { detectPlatform } from './platform';
import { hostNumberLocale } from './platform/host-number-locale';
import { setNumberLocale } from './format/number-format';
import { createAppStore } from './store/app-store';
import { AppProvider } from './store/context';
import { connectPhysiology } from './physiology/physiology-client';
import { connectSensationLog } from './patient/sensation-log';
import { connectProgress } from './progress/connect-progress';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

const platform = detectPlatform();
// Numbers follow the system's regional format ("4,2 mA" in de-DE), known before the first number is drawn. Asked
// first, so the desktop's round trip overlaps building the store and starting the worker.
const locale = hostNumberLocale(platform);

const store = createAppStore();
// The physiology runs in a Web Worker so that input never waits for it.
connectPhysiology(store, new Worker(new URL('./physiology/physiology.worker.ts', import.meta.url), { type: 'module' }));
connectSensationLog(store);
// Each scored case's debrief is kept in the learner's progress (IndexedDB in the browser, userData on the desktop).
connectProgress(store, platform);
store.getState().resetVisitRecord(store.getState().visitRecord, performance.now());
// The case chooser is the first screen; `?practice` opens straight on the free-practice workstation (tests, benches).
if (new URLSearchParams(window.location.search).has('practice')) store.getState().setScreen('workstation');

function render(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <AppProvider store={store} platform={platform}>
        <App />
      </AppProvider>
    </StrictMode>,
  );
}

if (locale) {
  void locale.then((tag) => {
    setNumberLocale(tag);
    render(container);
  });
} else {
  render(container);
}
