import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/run/progress.js';

describe('createProgress off a terminal', () => {
  it('prints a status line at most once per interval, and a last one on stop', () => {
    let out = '';
    let clock = 0;
    const p = createProgress('calls', 100, { write: (s: string) => (out += s), isTTY: false }, { intervalMs: 1000, now: () => clock });
    clock = 500;
    p.tick(10);
    expect(out).toBe('');
    clock = 1000;
    p.tick(10, 1);
    expect(out).toBe('calls: 20/100 (20.0%), 20.0/s, ETA 4s, errors 1\n');
    clock = 1500;
    p.tick(30);
    expect(out.split('\n')).toHaveLength(2);
    clock = 2000;
    p.tick(50, 2);
    p.stop();
    expect(out.trim().split('\n').pop()).toBe('calls: 100/100 (100.0%), 50.0/s, ETA 0s, errors 3');
  });
});
