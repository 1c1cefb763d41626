import * as electron from 'electron';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DESKTOP_API_KEY, IPC_CHANNELS, type DesktopApi } from '../../electron/ipc-contract';
import { fakeElectron } from './helpers/fake-electron';

vi.mock('electron', async () => (await import('./helpers/fake-electron')).createFakeElectron());

const fake = fakeElectron(electron);
let api: DesktopApi;

beforeAll(async () => {
  await import('../../electron/preload/index');
  const [key, exposed] = fake.contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  expect(key).toBe(DESKTOP_API_KEY);
  api = exposed as DesktopApi;
});

describe('the preload', () => {
  it('exposes window.scsDesktop exactly once', () => {
    expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect(DESKTOP_API_KEY).toBe('scsDesktop');
  });

  it('exposes exactly fifteen functions and nothing else (no ipcRenderer, no generic send/invoke)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'answerCloseRequest',
      'exportProgress',
      'getAppVersion',
      'getSystemLocale',
      'importProgress',
      'loadProgress',
      'onCloseRequest',
      'onMenuCommand',
      'onOpenRecentRequest',
      'openRecentFile',
      'openSessionFile',
      'printReportToPdf',
      'saveProgress',
      'saveSessionFile',
      'saveSnapshot',
    ]);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('invokes the report and progress channels with only the request', async () => {
    const print = { html: '<!doctype html>', suggestedName: 'visit-report.pdf', pageSize: 'A4' as const };
    fake.ipcRenderer.invoke.mockResolvedValueOnce({ canceled: true });
    await expect(api.printReportToPdf(print)).resolves.toEqual({ canceled: true });
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.printReportToPdf, print);
    await api.saveProgress('{}');
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.saveProgress, '{}');
    await api.loadProgress();
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.loadProgress);
    await api.exportProgress({ contents: '{}', suggestedName: 'progress.json' });
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.exportProgress, {
      contents: '{}',
      suggestedName: 'progress.json',
    });
    await api.importProgress();
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.importProgress);
    const snapshot = { png: new Uint8Array([0x89, 0x50]), suggestedName: 'view.png' };
    await api.saveSnapshot(snapshot);
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.saveSnapshot, snapshot);
  });

  it('invokes the open, save and version channels with only the request', async () => {
    fake.ipcRenderer.invoke.mockResolvedValueOnce({ canceled: true });
    await expect(api.openSessionFile()).resolves.toEqual({ canceled: true });
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.openSessionFile);

    const request = { contents: '{}', suggestedName: 'a.scs.json', saveAs: true };
    await api.saveSessionFile(request);
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.saveSessionFile, request);

    fake.ipcRenderer.invoke.mockResolvedValueOnce('0.1.0');
    await expect(api.getAppVersion()).resolves.toBe('0.1.0');
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.getAppVersion);

    fake.ipcRenderer.invoke.mockResolvedValueOnce('de-DE');
    await expect(api.getSystemLocale()).resolves.toBe('de-DE');
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.getSystemLocale);
  });

  it('passes menu commands to the listener without the IPC event object', () => {
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    const ipcEvent = { sender: fake.ipcRenderer, senderId: 0 };
    fake.ipcRenderer.emit(IPC_CHANNELS.menuCommand, ipcEvent, 'file.save');
    expect(listener).toHaveBeenCalledExactlyOnceWith('file.save');
    unsubscribe();
  });

  it('ignores messages on the menu channel that are not menu commands', () => {
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    fake.ipcRenderer.emit(IPC_CHANNELS.menuCommand, {}, 'shell.exec');
    fake.ipcRenderer.emit(IPC_CHANNELS.menuCommand, {}, { command: 'file.save' });
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
  });

  it('stops calling a listener after it unsubscribes, leaving other listeners alone', () => {
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribeFirst = api.onMenuCommand(first);
    const unsubscribeSecond = api.onMenuCommand(second);
    expect(fake.ipcRenderer.listenerCount(IPC_CHANNELS.menuCommand)).toBe(2);

    unsubscribeFirst();
    fake.ipcRenderer.emit(IPC_CHANNELS.menuCommand, {}, 'file.open');

    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledExactlyOnceWith('file.open');
    expect(fake.ipcRenderer.listenerCount(IPC_CHANNELS.menuCommand)).toBe(1);
    unsubscribeSecond();
    expect(fake.ipcRenderer.listenerCount(IPC_CHANNELS.menuCommand)).toBe(0);
  });
});
