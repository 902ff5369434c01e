import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePoints, visibleJson, visiblePieces, visibleText } from '../../src/report/visibleText.js';

describe('visibleText', () => {
  it('writes invisible characters as markers with their code point, and spaces only when asked', () => {
    expect(visibleText('a\u200cb', { spaces: false })).toBe('a⟨U+200C ZWNJ⟩b');
    expect(visibleText('a\u200b\u200d\u2060\ufeff', { spaces: false })).toBe('a⟨U+200B ZWSP⟩⟨U+200D ZWJ⟩⟨U+2060 WJ⟩⟨U+FEFF ZWNBSP⟩');
    expect(visibleText('a b\tc\nd\r\n', { spaces: false })).toBe('a b⇥c⏎d␍⏎');
    expect(visibleText('a b', { spaces: true })).toBe('a␣b');
    expect(visibleText('x\u00a0y\u2009z\u3000', { spaces: false })).toBe('x⟨U+00A0 NBSP⟩y⟨U+2009 THSP⟩z⟨U+3000 IDSP⟩');
    expect(visibleText('\u202eabc\u202c', { spaces: false })).toBe('⟨U+202E RLO⟩abc⟨U+202C PDF⟩');
    expect(visibleText('\u00ad\u034f\u0007\u0085', { spaces: false })).toBe('⟨U+00AD SHY⟩⟨U+034F CGJ⟩⟨U+0007⟩⟨U+0085 NEL⟩');
    expect(visibleText('\u2764\ufe0f \u{e0100}', { spaces: false })).toBe('\u2764⟨U+FE0F VS16⟩ ⟨U+E0100 VS17⟩');
    expect(visibleText('\u{e0041}\ud800', { spaces: false })).toBe('⟨U+E0041⟩⟨U+D800⟩');
    // Visible text of any script stays as it is.
    expect(visibleText('grеat café 😀 مرحبا', { spaces: false })).toBe('grеat café 😀 مرحبا');
  });

  it('gives each marker a tooltip with the code point and its name', () => {
    expect(visiblePieces('a\u200cb c', { spaces: true })).toEqual([
      { text: 'a' },
      { text: '⟨U+200C ZWNJ⟩', title: 'U+200C ZERO WIDTH NON-JOINER' },
      { text: 'b' },
      { text: '␣', title: 'U+0020 SPACE' },
      { text: 'c' },
    ]);
    expect(visiblePieces('\u0007\u{e0041}', { spaces: false })).toEqual([
      { text: '⟨U+0007⟩', title: 'U+0007 (control character)' },
      { text: '⟨U+E0041⟩', title: 'U+E0041 (invisible character)' },
    ]);
    expect(visiblePieces('', { spaces: true })).toEqual([]);
  });

  it('leaves no character invisible: every piece is a marker or has a visible character', () => {
    const invisible = /^[\p{Cc}\p{Cf}\p{Z}\p{Default_Ignorable_Code_Point}\p{Cs}]$/u;
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
      const pieces = visiblePieces(s, { spaces: true });
      for (const p of pieces) if (p.title === undefined) for (const ch of p.text) expect(invisible.test(ch), `U+${ch.codePointAt(0)!.toString(16)}`).toBe(false);
      // Plain pieces are the text's own characters, in order.
      expect(pieces.filter((p) => p.title === undefined).map((p) => p.text).join('')).toBe([...s].filter((ch) => !invisible.test(ch)).join(''));
    }));
  });

  it('writes JSON that still parses to the text but shows what it holds', () => {
    expect(visibleJson('a\u200cb')).toBe('"a\\u200cb"');
    expect(visibleJson('a b\t\u00a0\u{e0041}')).toBe('"a b\\t\\u00a0\\udb40\\udc41"');
    expect(visibleJson({ pos: 1 })).toBe('{"pos":1}');
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
      expect(JSON.parse(visibleJson(s))).toBe(s);
    }));
  });

  it('lists code points', () => {
    expect(codePoints('gr\u0435at')).toBe('U+0067 U+0072 U+0435 U+0061 U+0074');
    expect(codePoints('😀')).toBe('U+1F600');
    expect(codePoints('x'.repeat(17))).toMatch(/^(U\+0078 ){16}…$/);
  });
});
