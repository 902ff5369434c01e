import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseToPast, baseToThird, pastToBase, thirdToBase } from '../../src/perturb/verbForms.js';

// Known values checked by hand against a dictionary's inflections.
const PASTS: Record<string, string> = {
  loved: 'love', walked: 'walk', stopped: 'stop', tried: 'try', hoped: 'hope', hopped: 'hop', liked: 'like', used: 'use',
  called: 'call', visited: 'visit', opened: 'open', enjoyed: 'enjoy', died: 'die', studied: 'study', agreed: 'agree',
  needed: 'need', watched: 'watch', tasted: 'taste', changed: 'change', arrived: 'arrive', ordered: 'order', hated: 'hate',
  treated: 'treat', created: 'create', excited: 'excite', amazed: 'amaze', annoyed: 'annoy', served: 'serve',
  delivered: 'deliver', failed: 'fail', smiled: 'smile', finished: 'finish', charged: 'charge', noticed: 'notice',
  ruined: 'ruin', fixed: 'fix', installed: 'install', traveled: 'travel', controlled: 'control', preferred: 'prefer',
  upgraded: 'upgrade', updated: 'update', promised: 'promise', focused: 'focus', mentioned: 'mention', required: 'require',
  typed: 'type', graduated: 'graduate', belonged: 'belong', handled: 'handle', scheduled: 'schedule', decided: 'decide',
  included: 'include', ensured: 'ensure', determined: 'determine', developed: 'develop', continued: 'continue',
  echoed: 'echo', added: 'add', kissed: 'kiss', persuaded: 'persuade', went: 'go', saw: 'see', bought: 'buy', had: 'have',
};
/** Words the rules must not read as pasts they can undo: not pasts, or pasts they cannot be sure of. */
const NOT_SURE = ['need', 'feed', 'shed', 'red', 'travelled', 'cancelled', 'bathed', 'put', 'love', 'loves'];

describe('verbForms', () => {
  it('pastToBase: known values, and only where the rules are sure', () => {
    for (const [past, base] of Object.entries(PASTS)) expect([past, pastToBase(past)]).toEqual([past, base]);
    for (const w of NOT_SURE) expect([w, pastToBase(w)]).toEqual([w, undefined]);
  });
  it('thirdToBase and baseToThird: known values', () => {
    const thirds: Record<string, string> = { loves: 'love', tries: 'try', watches: 'watch', goes: 'go', uses: 'use', fixes: 'fix', misses: 'miss', buzzes: 'buzz', plays: 'play', says: 'say', has: 'have', does: 'do', dies: 'die', focuses: 'focus' };
    for (const [third, base] of Object.entries(thirds)) {
      expect([third, thirdToBase(third)]).toEqual([third, base]);
      expect(baseToThird(base)).toBe(third);
    }
    for (const w of ['kiss', 'thus', 'is', 'this']) expect(thirdToBase(w)).toBeUndefined();
  });
  it('property: a base the rules recover gives back the past it came from (insertion and removal stay inverse)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{2,9}$/), (w) => {
        const base = pastToBase(w);
        if (base !== undefined) expect(baseToPast(base)).toBe(w);
        const b3 = thirdToBase(w);
        if (b3 !== undefined) expect(baseToThird(b3)).toBe(w);
      }),
      { numRuns: 2000 },
    );
  });
});
