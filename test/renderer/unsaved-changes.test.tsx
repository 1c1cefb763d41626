import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { newSession, openRecentSession, openSession, saveSession } from '../../renderer/commands/file-actions';
import { selectConfigurationLabel } from '../../renderer/store/visit-record-slice';
import { Toolbar } from '../../renderer/components/Toolbar';
import type { Platform, UnsavedWorkGuard } from '../../renderer/platform';
import { createAppStore, type AppStore } from '../../renderer/store/app-store';
import { selectHasUnsavedWork } from '../../renderer/store/file-slice';
import { createNewSession, mA, serializeSession } from '../../src-core';
import { makePlatform, renderWithApp } from './helpers';

const at = { program: 0, area: 0 };

function editedStore(): AppStore {
  const store = createAppStore();
  store.getState().applyEdit({ kind: 'setAmplitude', ...at, amplitudeMa: mA(3) });
  return store;
}

const amplitudeOf = (store: AppStore) => store.getState().visit.session.programs[0]!.areas[0]!.amplitudeMa;

describe('unsaved work', () => {
  it('counts program edits, recorded thresholds and the sensation history, and none after a save', async () => {
    const programs = editedStore();
    expect(selectHasUnsavedWork(programs.getState())).toBe(true);

    const history = createAppStore();
    const note = (posture: 'supine' | 'sitting', nowMs: number) =>
      history
        .getState()
        .noteSensation(
          { amplitudeMa: mA(2), configuration: 'bipole', posture, patientSaid: 'tingling', painCoveredPct: null },
          nowMs,
        );
    note('supine', 1000); // the answer to the starting state
    expect(selectHasUnsavedWork(history.getState())).toBe(false);
    note('sitting', 2000); // the trainee sat the patient up and heard a new answer
    expect(history.getState().dirty).toBe(false);
    expect(selectHasUnsavedWork(history.getState())).toBe(true);

    await saveSession(history, makePlatform().platform, false);
    expect(selectHasUnsavedWork(history.getState())).toBe(false);
  });

  it('does not count the patient’s settled answer to the state just saved', async () => {
    const store = editedStore();
    await saveSession(store, makePlatform().platform, false);
    const state = store.getState();
    state.noteSensation(
      {
        amplitudeMa: mA(3),
        configuration: selectConfigurationLabel(state),
        posture: state.posture,
        patientSaid: 'tingling',
        painCoveredPct: null,
      },
      5000,
    );
    expect(store.getState().visitRecord).not.toBe(store.getState().savedVisitRecord);
    expect(selectHasUnsavedWork(store.getState())).toBe(false);
  });

  it('New asks first; Cancel keeps the work', async () => {
    const store = editedStore();
    const pending = newSession(store, makePlatform().platform);
    expect(store.getState().saveChangesPrompt).toEqual({ action: 'starting a new session' });
    store.getState().answerSaveChangesPrompt('cancel');
    await pending;
    expect(amplitudeOf(store)).toBe(3);
  });

  it('New after "Don’t save" starts afresh without saving', async () => {
    const store = editedStore();
    const { platform, saved } = makePlatform();
    const pending = newSession(store, platform);
    store.getState().answerSaveChangesPrompt('discard');
    await pending;
    expect(amplitudeOf(store)).toBe(0);
    expect(saved).toHaveLength(0);
  });

  it('Open after "Save" saves first, then shows the picker', async () => {
    const store = editedStore();
    const other = serializeSession(createNewSession());
    const { platform, saved } = makePlatform([{ fileName: 'other.scs.json', contents: other }]);
    const pending = openSession(store, platform);
    store.getState().answerSaveChangesPrompt('save');
    await pending;
    expect(JSON.parse(saved[0]!.contents).programs[0].areas[0].amplitudeMa).toBe(3);
    expect(platform.openSessionFile).toHaveBeenCalledOnce();
    expect(store.getState().fileName).toBe('other.scs.json');
  });

  it('Open does not go ahead when the save it asked for was cancelled', async () => {
    const store = editedStore();
    const { platform } = makePlatform();
    vi.mocked(platform.saveSessionFile).mockResolvedValueOnce(undefined);
    const pending = openSession(store, platform);
    store.getState().answerSaveChangesPrompt('save');
    await pending;
    expect(platform.openSessionFile).not.toHaveBeenCalled();
    expect(amplitudeOf(store)).toBe(3);
  });

  it('New and Open go ahead without asking when nothing is unsaved', async () => {
    const store = createAppStore();
    const { platform } = makePlatform([undefined]);
    await openSession(store, platform);
    await newSession(store, platform);
    expect(platform.openSessionFile).toHaveBeenCalledOnce();
    expect(store.getState().saveChangesPrompt).toBeUndefined();
  });
});

describe('the Save changes dialog', () => {
  it('appears for New with Save, Don’t save and Cancel, and Don’t save goes ahead', async () => {
    const { store } = renderWithApp(<Toolbar />, { store: editedStore() });
    fireEvent.click(screen.getByRole('button', { name: 'New' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Save changes?' });
    expect(dialog.textContent).toContain('Save them before starting a new session?');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Don’t save' }));
    await waitFor(() => expect(amplitudeOf(store)).toBe(0));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('Escape is Cancel', async () => {
    const { store } = renderWithApp(<Toolbar />, { store: editedStore() });
    fireEvent.click(screen.getByRole('button', { name: 'Open…' }));
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(amplitudeOf(store)).toBe(3);
  });
});

describe('closing the window or tab', () => {
  it('hands the host a guard that reports unsaved work and asks before it is dropped', async () => {
    const { platform } = makePlatform();
    let guard: UnsavedWorkGuard | undefined;
    const guarded: Platform = { ...platform, guardUnsavedWork: (g) => ((guard = g), () => undefined) };
    const { store } = renderWithApp(<Toolbar />, { store: editedStore(), platform: guarded });
    expect(guard?.hasUnsavedWork()).toBe(true);
    const answer = guard!.confirmDiscard();
    expect(store.getState().saveChangesPrompt).toEqual({ action: 'closing the window' });
    store.getState().answerSaveChangesPrompt('cancel');
    await expect(answer).resolves.toBe(false);
  });
});

describe('Open Recent in the browser', () => {
  it('says the file must be chosen again, then opens the picker', async () => {
    const store = createAppStore();
    const contents = serializeSession(createNewSession());
    const { platform } = makePlatform([{ fileName: 'visit.scs.json', contents }]);
    const seen: string[] = [];
    store.subscribe((s) => s.status && seen.push(s.status.text));
    await openRecentSession(store, platform, { fileName: 'visit.scs.json' });
    expect(seen[0]).toMatch(/Choose visit\.scs\.json in the file picker: a browser does not let the app reopen/);
    expect(platform.openRecentFile).toHaveBeenCalledOnce();
    expect(platform.rememberRecentFile).toHaveBeenCalledWith('visit.scs.json');
  });
});
