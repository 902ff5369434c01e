import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/perturb/applyEdits.js';
import { PERTURBATION_KINDS, makePerturbation, type PerturbationKind } from '../../src/perturb/catalog.js';
import { keyboardNeighbours } from '../../src/perturb/keyboard.js';
import { nameSites } from '../../src/perturb/entities.js';
import { maxEditsFor, PRESETS } from '../../src/perturb/presets.js';
import { previewEdits } from '../../src/perturb/previewEdits.js';
import { loadLexicons } from '../../src/run/loadLexicons.js';
import { testLexicons } from './lexicons.js';

/** Every single-edit variant of a text under a kind. */
function variants(kind: PerturbationKind, text: string): string[] {
  const p = makePerturbation(kind, testLexicons);
  const sites = p.sites(text);
  return sites.flatMap((s, i) => s.options.map((_, o) => applyEdits(text, sites, [[i, o]]).text)).filter((v) => v !== text);
}

describe('perturbation kinds', () => {
  it('keyboard neighbours are QWERTY neighbours with the case kept, letters only', () => {
    expect(keyboardNeighbours('a')).toEqual(['q', 'w', 's', 'z']);
    expect(keyboardNeighbours('G')).toEqual(['T', 'Y', 'F', 'H', 'V', 'B']);
    expect(keyboardNeighbours('é')).toEqual([]);
  });
  it('characters', () => {
    expect(variants('typo', 'ab')).toEqual(['qb', 'wb', 'sb', 'zb', 'ag', 'ah', 'av', 'an']);
    expect(variants('swap', 'abc')).toEqual(['bac', 'acb']);
    expect(variants('delete', 'a1!')).toEqual(['1!', 'a!']);
    expect(variants('insert', 'a')).toEqual(['aa', 'aq', 'aw', 'as', 'az']);
    expect(variants('ocr', 'rn 0')).toContain('m 0');
    expect(variants('ocr', 'rn 0')).toContain('rn O');
  });
  it('case, whitespace, punctuation', () => {
    expect(variants('lower', 'Hello World')).toEqual(['hello World', 'Hello world']);
    expect(variants('upper', 'Hi')).toEqual(['HI']);
    expect(variants('title', 'hi there')).toEqual(['Hi there', 'hi There']);
    expect(variants('random-case', 'aB')).toEqual(['AB', 'ab']);
    expect(variants('whitespace', 'a b')).toContain('a\tb');
    expect(variants('whitespace', 'a b')).toContain('a b\n');
    expect(variants('punctuation', 'Yes, fine.')).toEqual(['Yes fine.', 'Yes, fine', 'Yes, fine!', 'Yes, fine?', 'Yes, fine!!!']);
    expect(variants('punctuation', 'ok then')).toEqual(['ok, then', 'ok then.', 'ok then!', 'ok then?']);
  });
  it('unicode', () => {
    expect(variants('homoglyph', 'ae')).toEqual(['аe', 'ɑe', 'aе']);
    expect(variants('zero-width', 'ab')).toHaveLength(5);
    expect(variants('zero-width', 'ab').every((v) => v.length === 3 && v[0] === 'a' && v[2] === 'b')).toBe(true);
    expect(variants('accents', 'café')).toEqual(['cafe']);
    expect(variants('accents', 'cafe')).toEqual([]);
  });
  it('words', () => {
    expect(variants('contraction', 'I do not know')).toEqual(["I don't know"]);
    expect(variants('contraction', 'It is not')).toEqual(["It isn't"]);
    expect(variants('expansion', "Don't go")).toEqual(['Do not go']);
    expect(variants('expansion', "I can't")).toEqual(['I can not', 'I cannot']);
    expect(variants('filler', 'a b')[0]).toBe('a uhm b');
    expect(variants('word-drop', 'a b c')).toEqual(['b c', 'a c', 'a b ']);
    expect(variants('word-drop', 'alone')).toEqual([]);
    expect(variants('misspelling', 'Receive it')).toEqual(['Recieve it', 'Receve it']);
  });
  it('entities and demographics', () => {
    expect(variants('name', 'Ask Mary.')).toEqual(['Ask Anna.', 'Ask Sarah.']);
    expect(variants('name-gender', 'Ask Mary.')).toEqual(['Ask John.']); // Mark and Peter are dictionary words: never replacements
    expect(variants('name', 'ask mary')).toEqual([]);
    expect(variants('location', 'From New Zealand to Lima')).toEqual(['From France to Lima', 'From Peru to Lima', 'From New Zealand to Paris']);
    const nums = variants('number', 'It costs 50 dollars');
    expect(nums.length).toBeGreaterThan(5);
    for (const v of nums) {
      const n = Number(/\d+/.exec(v)![0]);
      expect(n).toBeGreaterThanOrEqual(40);
      expect(n).toBeLessThanOrEqual(60);
      expect(n).not.toBe(50);
    }
    expect(variants('number', 'It is 2.5 kg')).toEqual(expect.arrayContaining(['It is 2.0 kg', 'It is 3.0 kg']));
    expect(variants('number', 'only 1 left')).toEqual([]);
    expect(variants('gender', 'He thanked his Father')).toEqual(['She thanked his Father', 'He thanked her Father', 'He thanked his Mother']);
  });
  it('gender: his/her become the pronoun the sentence needs, by the next word, case kept', () => {
    const swapped = (text: string) => variants('gender', text);
    // his: a determiner before a noun phrase (her), standing alone (hers)
    expect(swapped('his car')).toEqual(['her car']);
    expect(swapped('his old car')).toEqual(['her old car']);
    expect(swapped('The book is his.')).toEqual(['The book is hers.']);
    expect(swapped('His is better')).toEqual(['Hers is better']);
    // her: a determiner (his) or an object (him)
    expect(swapped('I saw her car')).toEqual(['I saw his car']);
    expect(swapped('her very best friend')).toEqual(['his very best friend']);
    expect(swapped('I met her family')).toEqual(['I met his family']);
    expect(swapped('I saw her.')).toEqual(['I saw him.']);
    expect(swapped('I gave her the book')).toEqual(['I gave him the book']);
    expect(swapped('I saw her yesterday')).toEqual(['I saw him yesterday']);
    expect(swapped('I love her very much')).toEqual(['I love him very much']);
    expect(swapped('I want her to stay')).toEqual(['I want him to stay']);
    expect(swapped('Let her go')).toEqual(['Let him go']);
    expect(swapped('with her, then')).toEqual(['with him, then']);
    expect(swapped('HER CAR')).toEqual(['HIS CAR']);
    expect(swapped('That is hers')).toEqual(['That is his']);
    expect(swapped('Ask him')).toEqual(['Ask her']);
    expect(swapped('He said his was lost')).toEqual(['She said his was lost', 'He said hers was lost']);
    expect(swapped('I told her that')).toEqual(['I told him that']);
  });
  it('names: a listed word that is also a common word or a month is a name only where a name can stand', () => {
    const lexicons = { ...testLexicons, femaleNames: ['Danielle', 'Grace', 'Hope', 'June', 'May'], maleNames: ['Bill', 'John', 'Mark', 'Will'] };
    const names = (text: string) => {
      const p = makePerturbation('name', lexicons);
      return p.sites(text).map((s) => text.slice(s.start, s.end));
    };
    expect(names('May we ask Grace?')).toEqual(['Grace']);
    expect(names('Yesterday Grace called Mark')).toEqual(['Grace', 'Mark']);
    expect(names('Hope is all we have. Will you come? Mark my words.')).toEqual([]);
    expect(names('Ask Will. Ask Hope. John called.')).toEqual(['Will', 'Hope', 'John']);
    expect(names('Dr. Grace met Mr. Bill')).toEqual(['Grace', 'Bill']);
    expect(names('We met in May, on June 5 and from May to June')).toEqual([]);
    expect(names('I met May in town')).toEqual(['May']);
    expect(names('Thank you Will, I Will')).toEqual(['Will']);
    expect(names('Will you ask Will?')).toEqual(['Will']);
    expect(names('We Will Rock You')).toEqual([]);
    expect(names('Ask about the Bill')).toEqual([]);
    expect(variants('name', 'May we ask Grace?')).not.toContain('Danielle we ask Grace?');
    // list entries that are function words or verbs are neither names nor replacements
    const withMy = { ...testLexicons, maleNames: ['John', 'My', 'Had'] };
    expect(makePerturbation('name-gender', withMy).sites('Ask Mary. Ask My Had.').map((s) => s.options)).toEqual([['John']]);
  });
  it('names on the @stdlib lists: their common words (May, Will, Hope, Mark...) open sentences as words', () => {
    const lexicons = loadLexicons();
    const names = (text: string) => nameSites(text, lexicons, false).map((s) => text.slice(s.start, s.end));
    for (const w of ['May', 'Will', 'Hope', 'Joy', 'Guy', 'Rich', 'Art', 'Price', 'Page', 'Mark', 'Bill', 'Rose']) {
      expect(lexicons.femaleNames.includes(w) || lexicons.maleNames.includes(w)).toBe(true);
      expect(names(`${w} is here. Ask ${w}.`)).toEqual([w]);
    }
    expect(names('May we ask Grace?')).toEqual(['Grace']);
    expect(names('Yesterday Grace called Mark')).toEqual(['Grace', 'Mark']);
    expect(names('Mary called. Peter answered.')).toEqual(['Mary', 'Peter']);
    expect(names('Since August we have met Rose in April, May and June')).toEqual(['Rose']);
  });
  it('negation insertion and removal', () => {
    expect(variants('negation', 'I love it')).toEqual(['I do not love it', "I don't love it"]);
    expect(variants('negation', 'She likes it')).toEqual(['She does not like it', "She doesn't like it"]);
    expect(variants('negation', 'It is good')).toEqual(['It is not good', "It isn't good"]);
    expect(variants('negation', 'It is not good')).toEqual([]);
    expect(variants('negation-removal', 'It is not good')).toEqual(['It is good']);
    expect(variants('negation-removal', "I don't like it")).toEqual(['I like it', 'I do like it']);
    expect(variants('negation-removal', "It won't work")).toEqual(['It will work']);
  });
  it('negation: a past tense takes didn\'t and the base form, never don\'t and the past', () => {
    const negated = (text: string) => variants('negation', text);
    expect(negated('They loved the show')).toEqual(['They did not love the show', "They didn't love the show"]);
    expect(negated('She loves the show')).toEqual(['She does not love the show', "She doesn't love the show"]);
    expect(negated('We walked home')).toContain("We didn't walk home");
    expect(negated('It stopped')).toContain("It didn't stop");
    expect(negated('I tried hard')).toContain("I didn't try hard");
    expect(negated('We went home')).toContain("We didn't go home");
    expect(negated('I really loved it')).toEqual(['I did not really love it', "I didn't really love it"]);
    expect(negated('She watches it')).toContain("She doesn't watch it");
    expect(negated('He put it away')).toContain("He didn't put it away");
    expect(negated('I need it')).toContain("I don't need it");
    // a past whose base the rules cannot tell is left alone, not written wrong
    expect(negated('They travelled far')).toEqual([]);
    expect(negated('They bathed')).toEqual([]);
  });
  it('negation: copulas, modals, have and do as main verbs, contractions, questions', () => {
    const negated = (text: string) => variants('negation', text);
    expect(negated('I have a dog')).toEqual(['I do not have a dog', "I don't have a dog"]);
    expect(negated('She has a car')).toEqual(['She does not have a car', "She doesn't have a car"]);
    expect(negated('We had fun')).toEqual(['We did not have fun', "We didn't have fun"]);
    expect(negated('I have seen it')).toEqual(['I have not seen it', "I haven't seen it"]);
    expect(negated('I did it')).toEqual(['I did not do it', "I didn't do it"]);
    expect(negated('Is it good?')).toEqual(["Isn't it good?"]);
    expect(negated('Do you like it?')).toEqual(["Don't you like it?"]);
    expect(negated('Can we go?')).toEqual(["Can't we go?"]);
    expect(negated("It's great")).toEqual(["It's not great"]);
    expect(negated("They're here")).toEqual(["They're not here"]);
    expect(negated('I would have loved it')).toEqual(['I would not have loved it', "I wouldn't have loved it"]);
    expect(negated('We were late')).toEqual(['We were not late', "We weren't late"]);
    expect(negated('Thank you so much')).toEqual([]);
    expect(negated('I told you everything')).toEqual(['I did not tell you everything', "I didn't tell you everything"]);
    expect(negated('Ask Will to come')).toEqual([]);
    expect(negated('I love nothing')).toEqual([]);
  });
  it('negation removal undoes do-support in the verb\'s own form', () => {
    const removed = (text: string) => variants('negation-removal', text);
    expect(removed("They didn't love the show")).toEqual(['They loved the show', 'They did love the show']);
    expect(removed("She doesn't love it")).toEqual(['She loves it', 'She does love it']);
    expect(removed('She does not have a car')).toEqual(['She has a car', 'She does have a car']);
    expect(removed("We didn't go home")).toEqual(['We went home', 'We did go home']);
    expect(removed("Don't go")).toEqual(['Go', 'Do go']);
    expect(removed("Don't you like it?")).toEqual(['Do you like it?']);
    expect(removed("It ain't so")).toEqual([]);
  });
  it('property: every negation is grammatical do-support and one removal away from the text it came from', () => {
    const subjects = ['I', 'You', 'We', 'They', 'She', 'He', 'It'];
    const verbs = ['love', 'loved', 'loves', 'walk', 'walked', 'walks', 'stop', 'stopped', 'stops', 'try', 'tried', 'tries', 'go', 'went', 'goes',
      'watch', 'watched', 'watches', 'have', 'had', 'has', 'need', 'needed', 'needs', 'enjoy', 'enjoyed', 'enjoys', 'hate', 'hated', 'hates', 'is', 'was', 'can', 'will'];
    const pasts = new Set(['loved', 'walked', 'stopped', 'tried', 'went', 'watched', 'had', 'needed', 'enjoyed', 'hated']);
    const thirds = new Set(verbs.filter((v) => v.endsWith('s') && v !== 'is' && v !== 'was'));
    fc.assert(
      fc.property(fc.constantFrom(...subjects), fc.constantFrom('', 'really '), fc.constantFrom(...verbs), fc.constantFrom(' it', ' the show.', ''), (s, adv, v, rest) => {
        const text = `${s} ${adv}${v}${rest}`;
        for (const n of variants('negation', text)) {
          const m = /\b(?:do|does|did)(?: not|n't) (?:really )?(\w+)/i.exec(n);
          if (m) expect(pasts.has(m[1]) || thirds.has(m[1])).toBe(false);
          expect(variants('negation-removal', n)).toContain(text);
        }
      }),
    );
  });
  it('texts with no letter or digit (empty, whitespace, emoji) are not applicable to any kind', () => {
    for (const kind of PERTURBATION_KINDS) {
      for (const t of ['', '   \n\t', '😀🎉', '...']) expect(makePerturbation(kind, testLexicons).sites(t)).toEqual([]);
    }
  });
  it('presets bound the edits of one script', () => {
    expect(maxEditsFor(0, PRESETS.hard)).toBe(0);
    expect(maxEditsFor(5, PRESETS.mild)).toBe(1);
    expect(maxEditsFor(10, PRESETS.medium)).toBe(3);
    expect(maxEditsFor(1000, PRESETS.medium)).toBe(8);
    expect(maxEditsFor(2, PRESETS.hard)).toBe(1);
    // A rate of 0 allows no edit; any rate above 0 allows at least one.
    expect(maxEditsFor(50, { rate: 0, maxEdits: 8 })).toBe(0);
    expect(maxEditsFor(50, { rate: 0.001, maxEdits: 8 })).toBe(1);
    expect(previewEdits('hello world', makePerturbation('typo', testLexicons), { rate: 0, maxEdits: 8 }, 5, 1)).toEqual([]);
  });
});
