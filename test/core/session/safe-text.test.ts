import { describe, expect, it } from 'vitest';
import { safeFileText } from '../../../src-core';

describe('safeFileText', () => {
  it('escapes ESC so a file cannot send terminal sequences', () => {
    expect(safeFileText('id\u001b[2K\u001b[1Ascs-sim: valid')).toBe('id\\u001b[2K\\u001b[1Ascs-sim: valid');
  });

  it('escapes CR and LF so a file cannot forge a second line', () => {
    const text = safeFileText('x\r\nscs-sim: valid');
    expect(text).toBe('x\\r\\nscs-sim: valid');
    expect(text).not.toMatch(/[\r\n]/);
  });

  it('escapes bidi overrides and isolates so text reads in the order it is stored', () => {
    expect(safeFileText('abc\u202Edef\u2066g\u200F')).toBe('abc\\u202edef\\u2066g\\u200f');
  });

  it('escapes C1 controls and DEL', () => {
    expect(safeFileText('a\u009bb\u007f')).toBe('a\\u009bb\\u007f');
  });

  it('cuts 5000 characters to the cap, ending in an ellipsis', () => {
    const text = safeFileText('x'.repeat(5000), 80);
    expect(text).toHaveLength(80);
    expect(text.endsWith('…')).toBe(true);
  });

  it('never splits an escape or a surrogate pair when cutting', () => {
    expect(safeFileText('ab\u001bcdef', 6)).toBe('ab…');
    expect(safeFileText('ab😀😀😀', 5)).toBe('ab😀…');
  });

  it('leaves ordinary text, accents and symbols alone', () => {
    expect(safeFileText('Tonic 3− 4+ · 300 µs “Back”')).toBe('Tonic 3− 4+ · 300 µs “Back”');
  });
});
