import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/perturb/applyEdits.js';
import { makePerturbation } from '../../src/perturb/catalog.js';
import { COMMON_WORD_NAMES, DICTIONARY_NAMES, READ_AS_NAMES } from '../../src/perturb/commonWordNames.js';
import { counterfactualTwin } from '../../src/perturb/counterfactualTwin.js';
import { isReplacementName, nameSites } from '../../src/perturb/entities.js';
import { SENTIMENT_NAMES } from '../../src/perturb/sentimentNames.js';
import { loadLexicons } from '../../src/run/loadLexicons.js';
import { testLexicons } from './lexicons.js';

const require = createRequire(import.meta.url);
/** SCOWL size 35 (Debian wamerican-small 2020.12.07-2): the lowercase entries are the common English words. */
const DICTIONARY = new Set(gunzipSync(readFileSync(new URL('../fixtures/american-english-small.gz', import.meta.url))).toString('utf8').split('\n'));
/** AFINN-165 as the `sentiment` package (devDependency) ships it. */
const AFINN = require('sentiment/languages/en/labels.json') as Record<string, number>;
const lexicons = loadLexicons();
const allNames = [...new Set([...lexicons.femaleNames, ...lexicons.maleNames])];
const isWord = (name: string) => DICTIONARY.has(name.toLowerCase()) || Object.hasOwn(AFINN, name.toLowerCase());

describe('name lists: a replacement is a name, never a word', () => {
  it('the generated lists re-derive from the dictionary, AFINN and the @stdlib lists (scripts/make-*-names.mjs)', () => {
    expect(DICTIONARY.size).toBeGreaterThan(50_000);
    expect([...DICTIONARY_NAMES].sort()).toEqual(allNames.filter((n) => DICTIONARY.has(n.toLowerCase())).sort());
    expect([...COMMON_WORD_NAMES].sort()).toEqual([...DICTIONARY_NAMES].filter((n) => !READ_AS_NAMES.has(n)).sort());
    expect([...SENTIMENT_NAMES].sort()).toEqual(allNames.filter((n) => Object.hasOwn(AFINN, n.toLowerCase())).sort());
    for (const w of ['Ban', 'Win', 'Dick', 'Rob', 'Sue', 'Deny', 'Joy', 'Happy']) expect(isReplacementName(w)).toBe(false);
  });

  it('no replacement offered by name or name-gender is a dictionary word or carries sentiment', () => {
    const text = 'Yesterday Jessica met John and Emma.';
    for (const kind of ['name', 'name-gender'] as const) {
      const sites = makePerturbation(kind, lexicons).sites(text);
      expect(sites.map((s) => text.slice(s.start, s.end))).toEqual(['Jessica', 'John', 'Emma']);
      const offered = new Set(sites.flatMap((s) => s.options));
      expect(offered.size).toBeGreaterThan(3000);
      expect([...offered].filter(isWord)).toEqual([]);
      for (let i = 0; i < sites.length; i++) {
        for (let o = 0; o < sites[i].options.length; o++) {
          const out = applyEdits(text, sites, [[i, o]]).text;
          expect(out.split(/[ .]+/).filter((w) => /^\p{Lu}/u.test(w) && isWord(w) && w !== 'Yesterday')).toEqual([]);
        }
      }
    }
  });

  it('no counterfactual twin brings in a dictionary word or a word with sentiment for a name', () => {
    const written = new Set<string>();
    for (const n of allNames) {
      if (nameSites(`I met ${n} today.`, lexicons, true).length === 0) continue;
      const twin = counterfactualTwin(`I met ${n} today.`, lexicons);
      const m = /^I met (\S+) today\.$/.exec(twin);
      expect(m, twin).not.toBeNull();
      written.add(m![1]);
    }
    expect(written.size).toBeGreaterThan(1000);
    expect([...written].filter(isWord)).toEqual([]);
  });

  it('names with sentiment or that are common words are still names mid-sentence, and words at its start', () => {
    const names = (t: string) => nameSites(t, lexicons, false).map((s) => t.slice(s.start, s.end));
    expect(names('I called Joy and Victor.')).toEqual(['Joy', 'Victor']);
    expect(names('Jesus, that hurt. Happy birthday! Stinky socks everywhere.')).toEqual([]);
    expect(names('Dick called Jessica.')).toEqual(['Jessica']);
  });

  it('possessives and clitics: the name is swapped and the ending stays (`Emma\'s brother`)', () => {
    const sites = (t: string) => nameSites(t, testLexicons, false).map((s) => t.slice(s.start, s.end));
    expect(sites("I met Emma's brother.".replace('Emma', 'Anna'))).toEqual(['Anna']);
    expect(sites('I met Anna’s brother and John\'ll come. Sarah\'d know.')).toEqual(['Anna', 'John', 'Sarah']);
    const real = nameSites("I met Emma's brother.", lexicons, false);
    expect(real).toHaveLength(1);
    expect(applyEdits("I met Emma's brother.", real, [[0, 0]]).text).toMatch(/^I met \p{Lu}\p{Ll}+'s brother\.$/u);
    expect(counterfactualTwin("Mary's brother called", testLexicons)).toMatch(/^(John|Peter)'s sister called$/);
  });
});
