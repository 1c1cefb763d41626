/**
 * The native application menu. Menu items that act on the session (New, Open, Save, Save As,
 * About) do not act in main: they send a {@link MenuCommand} to the focused window, whose renderer
 * runs the same command its toolbar and shortcuts use. Everything else uses Electron roles.
 */
import { basename } from 'node:path';
import { BrowserWindow, Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { IPC_CHANNELS, type MenuCommand } from '../ipc-contract';

/** Inputs of {@link buildMenuTemplate}. */
export type MenuOptions = {
  /** `process.platform`; `'darwin'` adds the macOS app menu and moves Quit into it. */
  platform: NodeJS.Platform;
  /** Product name shown as the macOS app menu's title. */
  appName: string;
  /** Adds Reload and Toggle Developer Tools to View (development builds only). */
  includeDevTools: boolean;
  /** Delivers a command to the renderer; {@link sendMenuCommandToFocusedWindow} in the app. */
  sendCommand: (command: MenuCommand) => void;
  /** Recently used session files, newest first (absolute paths; shown by file name). */
  recentFiles?: readonly string[];
  /** Opens one of {@link MenuOptions.recentFiles} (through the renderer, which asks about unsaved work first). */
  openRecent?: (filePath: string) => void;
  /** Empties the recent list. */
  clearRecent?: () => void;
};

/**
 * File → Open Recent. macOS has a native submenu for this (filled from `app.addRecentDocument`,
 * clicks arrive as the app's `open-file` event); elsewhere the app builds its own from its list.
 */
function openRecentMenu(options: MenuOptions): MenuItemConstructorOptions {
  if (options.platform === 'darwin') {
    return {
      label: 'Open Recent',
      role: 'recentDocuments',
      submenu: [{ label: 'Clear Menu', role: 'clearRecentDocuments' }],
    };
  }
  const recentFiles = options.recentFiles ?? [];
  const fileItems: MenuItemConstructorOptions[] = recentFiles.map((filePath, index) => ({
    // The first nine get a mnemonic digit, as desktop apps number their recent files.
    label: index < 9 ? `&${index + 1} ${basename(filePath).replaceAll('&', '&&')}` : basename(filePath),
    toolTip: filePath,
    click: () => options.openRecent?.(filePath),
  }));
  return {
    label: 'Open &Recent',
    submenu: [
      ...(fileItems.length > 0 ? fileItems : [{ label: 'No recent files', enabled: false }]),
      { type: 'separator' },
      { label: 'Clear Menu', enabled: fileItems.length > 0, click: () => options.clearRecent?.() },
    ],
  };
}

function commandItem(
  label: string,
  command: MenuCommand,
  sendCommand: (command: MenuCommand) => void,
  accelerator?: string,
): MenuItemConstructorOptions {
  return {
    id: command,
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => sendCommand(command),
  };
}

/**
 * Builds the menu template: [macOS app menu], File, Edit, View, Help.
 * Edit holds only roles; it is there because on macOS copy/paste shortcuts in text fields work only
 * when the menu has them.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { sendCommand } = options;
  const isMac = options.platform === 'darwin';

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      commandItem('New', 'file.new', sendCommand, 'CmdOrCtrl+N'),
      commandItem('Open…', 'file.open', sendCommand, 'CmdOrCtrl+O'),
      openRecentMenu(options),
      commandItem('Save', 'file.save', sendCommand, 'CmdOrCtrl+S'),
      commandItem('Save As…', 'file.saveAs', sendCommand, 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      // macOS apps quit from the app menu and close windows from File.
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(options.includeDevTools
        ? ([
            { role: 'reload' },
            { role: 'toggleDevTools' },
            { type: 'separator' },
          ] satisfies MenuItemConstructorOptions[])
        : []),
      { role: 'togglefullscreen' },
      { type: 'separator' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { role: 'resetZoom' },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [commandItem(`About ${options.appName}`, 'help.about', sendCommand)],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, { role: 'editMenu' }, viewMenu, helpMenu];
}

/**
 * Sends a command to the focused window's renderer. If no window has focus (macOS lets the menu
 * be used while the app's window is in the background), the first open window receives it.
 */
export function sendMenuCommandToFocusedWindow(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  if (target === undefined || target.isDestroyed()) return;
  target.webContents.send(IPC_CHANNELS.menuCommand, command);
}

/** Builds the menu and installs it as the application menu. */
export function installApplicationMenu(options: Omit<MenuOptions, 'sendCommand'>): void {
  const template = buildMenuTemplate({ ...options, sendCommand: sendMenuCommandToFocusedWindow });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
