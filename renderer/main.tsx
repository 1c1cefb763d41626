import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { detectPlatform } from './platform';
import { createAppStore } from './store/app-store';
import { AppProvider } from './store/context';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

createRoot(container).render(
  <StrictMode>
    <AppProvider store={createAppStore()} platform={detectPlatform()}>
      <App />
    </AppProvider>
  </StrictMode>,
);
