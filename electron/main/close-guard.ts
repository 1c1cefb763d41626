/**
 * Closing the window never throws work away unasked. Electron's `close` event is held back, the
 * renderer (which alone knows whether anything is unsaved) is asked through the preload, and the
 * window closes only when it answers `'close'` (after a save or "Don't save"). A renderer that does
 * not answer in time (hung, crashed) is not taken as consent: the user is asked natively instead.
 */
import type { BrowserWindow } from 'electron';
import type { CloseAnswer } from '../ipc-contract';

/** How long the renderer has to answer (`'asking'` is enough) before main asks natively. */
export const CLOSE_ANSWER_TIMEOUT_MS = 3000;

/** What the user chose in the native fallback dialog. */
export type NativeCloseChoice = 'close' | 'keep';

/** Inputs of {@link guardWindowClose}. */
export type CloseGuardDependencies = {
  /** Asks the renderer (sends `IPC_CHANNELS.closeRequest`). */
  askRenderer: () => void;
  /** Asks the user directly when the renderer stays silent (dialog.showMessageBox in the app). */
  askNatively: () => Promise<NativeCloseChoice>;
  /** Called when a close was called off, so a pending quit can be called off too. */
  onCloseCancelled?: () => void;
  timeoutMs?: number;
  setTimer?: (run: () => void, delayMs: number) => unknown;
  clearTimer?: (timer: unknown) => void;
};

/** The guard of one window. */
export type CloseGuard = {
  /** Hands over the renderer's answer (from the IPC handler, after its sender check). */
  answer(answer: CloseAnswer): void;
};

type Phase = 'idle' | 'waitingForRenderer' | 'rendererAsking' | 'askingNatively' | 'closing';

/**
 * Holds back `window`'s close until the renderer or the user agrees.
 * @example const guard = guardWindowClose(window, { askRenderer, askNatively }); // later: guard.answer('close')
 */
export function guardWindowClose(window: BrowserWindow, deps: CloseGuardDependencies): CloseGuard {
  const setTimer = deps.setTimer ?? ((run, delayMs) => setTimeout(run, delayMs));
  const clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let phase: Phase = 'idle';
  let timer: unknown;

  function stopTimer(): void {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
  }

  function closeNow(): void {
    stopTimer();
    phase = 'closing';
    if (!window.isDestroyed()) window.close();
  }

  function callOff(): void {
    stopTimer();
    phase = 'idle';
    deps.onCloseCancelled?.();
  }

  function askNatively(): void {
    timer = undefined;
    phase = 'askingNatively';
    deps.askNatively().then(
      (choice) => {
        if (phase !== 'askingNatively') return; // the renderer answered meanwhile
        if (choice === 'close') closeNow();
        else callOff();
      },
      () => callOff(),
    );
  }

  window.on('close', (event) => {
    if (phase === 'closing') return;
    event.preventDefault();
    // Already asking (a second click on the close button): one question at a time.
    if (phase !== 'idle') return;
    phase = 'waitingForRenderer';
    deps.askRenderer();
    timer = setTimer(askNatively, deps.timeoutMs ?? CLOSE_ANSWER_TIMEOUT_MS);
  });

  return {
    answer(answer) {
      if (phase === 'idle' || phase === 'closing') return; // nobody asked
      if (answer === 'close') closeNow();
      else if (answer === 'cancel') callOff();
      else if (phase === 'waitingForRenderer') {
        // The renderer is alive and showing its dialog: the user may take as long as they like.
        stopTimer();
        phase = 'rendererAsking';
      }
    },
  };
}

/** The native fallback question, for dialog.showMessageBox. */
export const NATIVE_CLOSE_QUESTION = {
  type: 'warning',
  buttons: ['Keep the window open', 'Close without saving'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
  message: 'The simulator is not answering.',
  detail: 'It may have unsaved changes. If you close the window now, they are lost.',
} as const;
