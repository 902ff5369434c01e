import { describe, expect, it } from 'vitest';
import { elideDiff, textDiff } from '../../src/perturb/textDiff.js';

describe('elideDiff', () => {
  it('keeps 60 characters of unchanged text on each side of an edit, none beyond the first or last', () => {
    const text = `${'a'.repeat(200)}X${'b'.repeat(130)}Y${'c'.repeat(200)}`;
    const diff = textDiff(text, [{ start: 200, end: 201, from: 'X', to: 'x' }, { start: 331, end: 332, from: 'Y', to: '' }]);
    expect(elideDiff(diff)).toEqual([
      { kind: 'elided', text: '[140 characters]' },
      { kind: 'same', text: 'a'.repeat(60) },
      { kind: 'removed', text: 'X' },
      { kind: 'added', text: 'x' },
      { kind: 'same', text: 'b'.repeat(60) },
      { kind: 'elided', text: '[10 characters]' },
      { kind: 'same', text: 'b'.repeat(60) },
      { kind: 'removed', text: 'Y' },
      { kind: 'same', text: 'c'.repeat(60) },
      { kind: 'elided', text: '[140 characters]' },
    ]);
    expect(elideDiff([{ kind: 'same', text: 'short' }])).toEqual([{ kind: 'same', text: 'short' }]);
  });

  it('never cuts a surrogate pair in two', () => {
    // 60 UTF-16 units from the edit fall inside an emoji on both sides: the cut moves out by one.
    const text = `${'😀'.repeat(100)}aXb${'😀'.repeat(100)}`;
    const out = elideDiff(textDiff(text, [{ start: 201, end: 202, from: 'X', to: 'x' }]));
    for (const s of out) expect(s.text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(out.map((s) => `${s.kind}:${s.kind === 'same' ? s.text.length : s.text}`)).toEqual(['elided:[140 characters]', 'same:61', 'removed:X', 'added:x', 'same:61', 'elided:[140 characters]']);
  });
});
