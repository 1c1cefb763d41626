import { describe, expect, it } from 'vitest';
import { COMMANDS, commandForKey, shortcutText } from '../../renderer/commands/registry';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('the command registry', () => {
  it('maps the standard shortcuts to commands', () => {
    expect(commandForKey(key('z', { ctrlKey: true }))?.id).toBe('edit.undo');
    expect(commandForKey(key('Z', { metaKey: true, shiftKey: true }))?.id).toBe('edit.redo');
    expect(commandForKey(key('y', { ctrlKey: true }))?.id).toBe('edit.redo');
    expect(commandForKey(key('s', { ctrlKey: true }))?.id).toBe('file.save');
    expect(commandForKey(key('S', { ctrlKey: true, shiftKey: true }))?.id).toBe('file.saveAs');
    expect(commandForKey(key('F1'))?.id).toBe('view.help');
  });

  it('leaves plain typing and Alt combinations alone', () => {
    expect(commandForKey(key('z'))).toBeUndefined();
    expect(commandForKey(key('s', { ctrlKey: true, altKey: true }))).toBeUndefined();
  });

  it('gives every shortcut to one command only', () => {
    const shortcuts = COMMANDS.flatMap((c) => (c.shortcut ? [c.shortcut] : []));
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
  });

  it('writes shortcuts as the platform does', () => {
    expect(shortcutText('Mod+Shift+S', false)).toBe('Ctrl+Shift+S');
    expect(shortcutText('Mod+Shift+S', true)).toBe('⌘+Shift+S');
  });
});
