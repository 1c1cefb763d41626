import * as electron from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type MenuCommand } from '../../electron/ipc-contract';
import { buildMenuTemplate, installApplicationMenu, sendMenuCommandToFocusedWindow } from '../../electron/main/menu';
import { fakeElectron, FakeBrowserWindow } from './helpers/fake-electron';

vi.mock('electron', async () => (await import('./helpers/fake-electron')).createFakeElectron());

const fake = fakeElectron(electron);

function template(platform: NodeJS.Platform, sendCommand: (command: MenuCommand) => void = vi.fn()) {
  return buildMenuTemplate({ platform, appName: 'SCS Programming Simulator', includeDevTools: false, sendCommand });
}

function submenuOf(menu: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return (menu?.submenu ?? []) as MenuItemConstructorOptions[];
}

function menuNamed(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  return submenuOf(items.find((item) => item.label === label));
}

function click(item: MenuItemConstructorOptions | undefined): void {
  if (item?.click === undefined) throw new Error(`menu item ${item?.label ?? '?'} has no click handler`);
  (item.click as () => void)();
}

/** A compact description of a menu: labels with accelerators, roles, and separators. */
function describeItems(items: MenuItemConstructorOptions[]): string[] {
  return items.map((item) =>
    item.type === 'separator'
      ? '---'
      : item.role !== undefined
        ? `role:${item.role}`
        : `${item.label ?? ''}${item.accelerator ? ` [${item.accelerator}]` : ''}`,
  );
}

beforeEach(() => {
  fake.BrowserWindow.instances = [];
  fake.BrowserWindow.focused = null;
});

describe('the application menu on Windows and Linux', () => {
  it('has File, Edit, View and Help menus', () => {
    expect(template('linux').map((item) => item.label ?? `role:${item.role}`)).toEqual([
      '&File',
      'role:editMenu',
      '&View',
      '&Help',
    ]);
  });

  it('has New, Open…, Save, Save As…, a separator and Quit in File, with the usual shortcuts', () => {
    expect(describeItems(menuNamed(template('win32'), '&File'))).toEqual([
      'New [CmdOrCtrl+N]',
      'Open… [CmdOrCtrl+O]',
      'Open &Recent',
      'Save [CmdOrCtrl+S]',
      'Save As… [CmdOrCtrl+Shift+S]',
      '---',
      'role:quit',
    ]);
  });

  it('has full screen and zoom roles in View', () => {
    expect(describeItems(menuNamed(template('linux'), '&View'))).toEqual([
      'role:togglefullscreen',
      '---',
      'role:zoomIn',
      'role:zoomOut',
      'role:resetZoom',
    ]);
  });

  it('adds Reload and developer tools to View only in development', () => {
    const devView = menuNamed(
      buildMenuTemplate({ platform: 'linux', appName: 'X', includeDevTools: true, sendCommand: vi.fn() }),
      '&View',
    );
    expect(describeItems(devView).slice(0, 2)).toEqual(['role:reload', 'role:toggleDevTools']);
    expect(describeItems(menuNamed(template('linux'), '&View'))).not.toContain('role:toggleDevTools');
  });

  it('has About in Help', () => {
    expect(describeItems(menuNamed(template('linux'), '&Help'))).toEqual(['About SCS Programming Simulator']);
  });
});

describe('the application menu on macOS', () => {
  it('starts with the app menu, which holds Quit', () => {
    const [appMenu] = template('darwin');
    expect(appMenu?.label).toBe('SCS Programming Simulator');
    expect(describeItems(submenuOf(appMenu))).toContain('role:quit');
  });

  it('closes the window from File instead of quitting', () => {
    const file = describeItems(menuNamed(template('darwin'), '&File'));
    expect(file.at(-1)).toBe('role:close');
    expect(file).not.toContain('role:quit');
  });
});

describe('menu commands', () => {
  it.each([
    ['&File', 'New', 'file.new'],
    ['&File', 'Open…', 'file.open'],
    ['&File', 'Save', 'file.save'],
    ['&File', 'Save As…', 'file.saveAs'],
    ['&Help', 'About SCS Programming Simulator', 'help.about'],
  ] as const)('%s › %s sends %s', (menu, label, command) => {
    const sendCommand = vi.fn();
    click(menuNamed(template('linux', sendCommand), menu).find((item) => item.label === label));
    expect(sendCommand).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('go to the focused window’s renderer over the menu channel', () => {
    const background = new FakeBrowserWindow();
    const focused = new FakeBrowserWindow();
    fake.BrowserWindow.focused = focused;
    sendMenuCommandToFocusedWindow('file.save');
    expect(focused.webContents.send).toHaveBeenCalledExactlyOnceWith(IPC_CHANNELS.menuCommand, 'file.save');
    expect(background.webContents.send).not.toHaveBeenCalled();
  });

  it('go to the app’s window when it is open but not focused (macOS)', () => {
    const only = new FakeBrowserWindow();
    sendMenuCommandToFocusedWindow('file.open');
    expect(only.webContents.send).toHaveBeenCalledExactlyOnceWith(IPC_CHANNELS.menuCommand, 'file.open');
  });

  it('are dropped when no window is open', () => {
    expect(() => sendMenuCommandToFocusedWindow('file.new')).not.toThrow();
  });

  it('are wired to the focused window in the installed menu', () => {
    const focused = new FakeBrowserWindow();
    fake.BrowserWindow.focused = focused;
    installApplicationMenu({ platform: 'linux', appName: 'SCS Programming Simulator', includeDevTools: false });
    const built = fake.Menu.buildFromTemplate.mock.results[0]?.value as { template: MenuItemConstructorOptions[] };
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledExactlyOnceWith(built);
    click(menuNamed(built.template, '&File').find((item) => item.label === 'Save As…'));
    expect(focused.webContents.send).toHaveBeenCalledExactlyOnceWith(IPC_CHANNELS.menuCommand, 'file.saveAs');
  });
});

describe('File → Open Recent', () => {
  it('uses the native recent-documents submenu and its Clear Menu role on macOS', () => {
    const recent = menuNamed(template('darwin'), '&File').find((item) => item.label === 'Open Recent');
    expect(recent?.role).toBe('recentDocuments');
    expect(describeItems(submenuOf(recent))).toEqual(['role:clearRecentDocuments']);
  });

  it('lists the recent files by name, newest first, elsewhere, and opens the one clicked', () => {
    const openRecent = vi.fn();
    const clearRecent = vi.fn();
    const menu = buildMenuTemplate({
      platform: 'win32',
      appName: 'X',
      includeDevTools: false,
      sendCommand: vi.fn(),
      recentFiles: ['C:\\Users\\me\\b.scs.json', 'C:\\Users\\me\\R&D.scs.json'].map((path) =>
        path.replaceAll('\\', '/'),
      ),
      openRecent,
      clearRecent,
    });
    const recent = submenuOf(menuNamed(menu, '&File').find((item) => item.label === 'Open &Recent'));
    expect(describeItems(recent)).toEqual(['&1 b.scs.json', '&2 R&&D.scs.json', '---', 'Clear Menu']);
    click(recent[1]);
    expect(openRecent).toHaveBeenCalledExactlyOnceWith('C:/Users/me/R&D.scs.json');
    click(recent.at(-1));
    expect(clearRecent).toHaveBeenCalledOnce();
  });

  it('says there are no recent files, and cannot be cleared, when the list is empty', () => {
    const recent = submenuOf(menuNamed(template('linux'), '&File').find((item) => item.label === 'Open &Recent'));
    expect(recent[0]).toMatchObject({ label: 'No recent files', enabled: false });
    expect(recent.at(-1)).toMatchObject({ label: 'Clear Menu', enabled: false });
  });
});
