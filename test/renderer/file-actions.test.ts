import { describe, expect, it } from 'vitest';
import { applyEdit, createNewSession, mA, serializeSession } from '../../src-core';
import { openSession, saveSession } from '../../renderer/commands/file-actions';
import { createAppStore } from '../../renderer/store/app-store';
import { makePlatform } from './helpers';

describe('file actions', () => {
  it('saves the current program and saves back to the same file afterwards', async () => {
    const store = createAppStore();
    const { platform, saved } = makePlatform();
    store.getState().applyEdit({ kind: 'setAmplitude', program: 0, area: 0, amplitudeMa: mA(2.4) });
    await saveSession(store, platform, false);
    expect(JSON.parse(saved[0]!.contents).programs[0].areas[0].amplitudeMa).toBe(2.4);
    expect(store.getState().dirty).toBe(false);
    await saveSession(store, platform, false);
    expect(saved[1]).toMatchObject({ fileToken: 'token-1', saveAs: false });
  });

  it('Save As never reuses the token, so the host asks where to save', async () => {
    const store = createAppStore();
    const { platform, saved } = makePlatform();
    store.getState().setFile('a.scs.json', 'token-9');
    await saveSession(store, platform, true);
    expect(saved[0]).not.toHaveProperty('fileToken');
    expect(saved[0]!.saveAs).toBe(true);
  });

  it('opening a valid file replaces the program and names the file', async () => {
    const store = createAppStore();
    const contents = serializeSession(
      applyEdit(createNewSession(), { kind: 'setAmplitude', program: 0, area: 0, amplitudeMa: mA(6.1) }),
    );
    const { platform } = makePlatform([{ fileName: 'visit.scs.json', contents }]);
    const { view, reframeCount } = store.getState().spineView;
    await openSession(store, platform);
    expect(store.getState().visit.session.programs[0]!.areas[0]!.amplitudeMa).toBe(6.1);
    expect(store.getState().fileName).toBe('visit.scs.json');
    // The 3D view frames the new patient's leads (a cervical lead would otherwise stay off screen), same preset.
    expect(store.getState().spineView).toMatchObject({ view, reframeCount: reframeCount + 1 });
  });

  it('opening a malformed file keeps the current work and says what is wrong', async () => {
    const store = createAppStore();
    store.getState().applyEdit({ kind: 'setAmplitude', program: 0, area: 0, amplitudeMa: mA(3) });
    const { platform } = makePlatform([{ fileName: 'bad.json', contents: '[]' }]);
    const opening = openSession(store, platform);
    store.getState().answerSaveChangesPrompt('discard'); // "Don't save": the file still must not replace the work
    await opening;
    expect(store.getState().visit.session.programs[0]!.areas[0]!.amplitudeMa).toBe(3);
    expect(store.getState().dirty).toBe(true);
    expect(store.getState().status).toMatchObject({ kind: 'error' });
    expect(store.getState().status?.text).toMatch(/bad\.json.*not an SCS simulator session file.*unchanged/);
  });

  it('a cancelled open changes nothing', async () => {
    const store = createAppStore();
    const before = store.getState();
    await openSession(store, makePlatform([undefined]).platform);
    expect(store.getState().visit).toBe(before.visit);
    expect(store.getState().status).toBeUndefined();
  });

  it('saves the visit record with the session and brings it back on open', async () => {
    const store = createAppStore();
    store.getState().applyEdit({ kind: 'setContactState', program: 0, area: 0, electrode: 3, state: 'cathode' });
    store.getState().applyEdit({ kind: 'setContactState', program: 0, area: 0, electrode: 4, state: 'anode' });
    store.getState().applyEdit({ kind: 'setAmplitude', program: 0, area: 0, amplitudeMa: mA(2.6) });
    store.getState().recordThreshold('perception', 12_000);
    const { platform, saved } = makePlatform();
    await saveSession(store, platform, false);
    const reopened = createAppStore();
    const second = makePlatform([{ fileName: 'visit.scs.json', contents: saved[0]!.contents }]);
    await openSession(reopened, second.platform);
    expect(reopened.getState().visitRecord.thresholds).toEqual([
      expect.objectContaining({ kind: 'perception', amplitudeMa: 2.6, atS: 12 }),
    ]);
  });
});
