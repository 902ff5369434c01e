import { describe, expect, it } from 'vitest';
import { createProgress, createProgressBoard } from '../../src/run/progress.js';

/** A clock and an interval timer the test moves by hand. */
function fakeTime() {
  let clock = 0;
  const timers: { every: number; next: number; fn: () => void }[] = [];
  return {
    now: () => clock,
    timer: {
      every(ms: number, fn: () => void) {
        const t = { every: ms, next: clock + ms, fn };
        timers.push(t);
        return () => timers.splice(timers.indexOf(t), 1);
      },
    },
    advance(ms: number) {
      const end = clock + ms;
      for (;;) {
        const due = timers.filter((t) => t.next <= end).sort((a, b) => a.next - b.next)[0];
        if (!due) break;
        clock = due.next;
        due.next += due.every;
        due.fn();
      }
      clock = end;
    },
  };
}

describe('progress off a terminal', () => {
  it('prints a status line every interval even when no answer came, and each final line once', () => {
    let out = '';
    const t = fakeTime();
    const board = createProgressBoard({ write: (s: string) => (out += s), isTTY: false }, { intervalMs: 1000, now: t.now, timer: t.timer });
    const p = board.track('metrics', 100);
    t.advance(500);
    p.tick(10);
    expect(out).toBe('');
    t.advance(500);
    expect(out).toBe('metrics: 10/100 (10.0%), 10.0/s, ETA 9s, errors 0\n');
    // A slow model: nothing arrives, but CI still sees a line every interval.
    t.advance(1000);
    expect(out.split('\n').filter(Boolean)).toEqual(['metrics: 10/100 (10.0%), 10.0/s, ETA 9s, errors 0', 'metrics: 10/100 (10.0%), 5.0/s, ETA 18s, errors 0']);
    p.tick(90, 3);
    p.stop();
    const lines = out.split('\n').filter(Boolean);
    expect(lines.at(-1)).toBe('metrics: 100/100 done in 2.0s, 50.0/s, errors 3');
    p.stop();
    t.advance(5000);
    expect(out.split('\n').filter(Boolean)).toEqual(lines);
    board.close();
  });

  it('shows every running check, and leaves a check that ended within one interval quiet', () => {
    let out = '';
    const t = fakeTime();
    const board = createProgressBoard({ write: (s: string) => (out += s), isTTY: false }, { intervalMs: 1000, now: t.now, timer: t.timer });
    const quick = board.track('metrics', 4);
    quick.tick(4);
    quick.stop();
    const a = board.track('robustness', 10);
    const b = board.track('templates adj', 20);
    a.tick(5, 1);
    b.tick(2);
    t.advance(1000);
    expect(out).toBe('robustness: 5/10 (50.0%), 5.0/s, ETA 1s, errors 1\ntemplates adj: 2/20 (10.0%), 2.0/s, ETA 9s, errors 0\n');
    expect(board.checks().map((c) => [c.label, c.done, c.total, c.finished])).toEqual([['metrics', 4, 4, true], ['robustness', 5, 10, false], ['templates adj', 2, 20, false]]);
    board.close();
    a.stop();
    expect(out.split('\n').filter(Boolean)).toHaveLength(2);
  });
});

describe('progress on a terminal', () => {
  it('redraws with the answers and collapses a finished check to one line, cursor hidden then shown', async () => {
    let out = '';
    const stream = { write: (s: string) => ((out += s), true), isTTY: true, columns: 120, cursorTo() {}, clearLine() {}, moveCursor() {}, on() {}, removeListener() {} };
    const p = createProgress('metrics', 3, stream as never);
    for (let i = 0; i < 3; i++) {
      p.tick(1);
      await new Promise((r) => setTimeout(r, 70));
    }
    p.stop();
    expect(out).toContain('\x1b[?25l');
    expect(out).toMatch(/\] 1\/3/);
    expect(out).toMatch(/\] 2\/3/);
    expect(out).toContain('✔ metrics: 3/3 done in');
    expect(out.lastIndexOf('\x1b[?25h')).toBeGreaterThan(out.lastIndexOf('\x1b[?25l'));
  });
});
