import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { StderrTail } from '../../../src/models/command/stderrTail.js';
import { formatCommand } from '../../../src/models/command/formatCommand.js';

describe('StderrTail', () => {
  it('keeps the last lines across chunk boundaries, without blank lines', () => {
    const t = new StderrTail(3, 10);
    t.push('one\ntw');
    t.push('o\r\n\nthree\nfour\nfi');
    expect(t.lines()).toEqual(['three', 'four', 'fi']);
    expect(t.describe()).toBe('\nlast stderr lines:\n  three\n  four\n  fi');
    expect(new StderrTail().describe()).toBe('');
  });

  it('cuts long lines', () => {
    const t = new StderrTail(2, 5);
    t.push('abcdefghij\n');
    expect(t.lines()).toEqual(['abcde…']);
  });

  it('gives the same lines however the text is split into chunks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', '\n', ' ', '\r\n')), fc.array(fc.nat(), { maxLength: 5 }), (parts, cuts) => {
        const text = parts.join('');
        const whole = new StderrTail(4, 50);
        whole.push(text);
        const split = new StderrTail(4, 50);
        const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((x, y) => x - y);
        let from = 0;
        for (const c of [...at, text.length]) {
          split.push(text.slice(from, c));
          from = c;
        }
        expect(split.lines()).toEqual(whole.lines());
      }),
    );
  });
});

describe('formatCommand', () => {
  it('quotes only the arguments a reader could misread', () => {
    expect(formatCommand(['python3', 'my model.py', '--k=3', '', 'a"b'])).toBe('python3 "my model.py" --k=3 "" "a\\"b"');
  });
});
