import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/perturb/applyEdits.js';
import { negationRemovalSites, negationSites } from '../../src/perturb/negation.js';

/**
 * Sentences and every text `negation` may write from them (one edit each), checked by hand: each
 * output is one a person would write, or the sentence has no site ([]). Written for issue 17
 * (`I don't have ever eaten`, `We don't have already paid`, `doesn't exactly what it says`).
 */
const CORPUS: [sentence: string, outputs: string[]][] = [
  // do-support, present and past, adverbs kept
  ['I love it.', ['I do not love it.', "I don't love it."]],
  ['She likes the movie.', ['She does not like the movie.', "She doesn't like the movie."]],
  ['They loved the show.', ['They did not love the show.', "They didn't love the show."]],
  ['I went home early.', ['I did not go home early.', "I didn't go home early."]],
  ['I really loved it.', ['I did not really love it.', "I didn't really love it."]],
  ['He always arrives late.', ['He does not always arrive late.', "He doesn't always arrive late."]],
  ['He gets up early.', ['He does not get up early.', "He doesn't get up early."]],
  ['They bought a new car.', ['They did not buy a new car.', "They didn't buy a new car."]],
  ['It works perfectly.', ['It does not work perfectly.', "It doesn't work perfectly."]],
  ['She sings beautifully.', ['She does not sing beautifully.', "She doesn't sing beautifully."]],
  ['I think she knows.', ["I do not think she knows.", "I don't think she knows.", 'I think she does not know.', "I think she doesn't know."]],
  ['The movie was long and I hated it.', ['The movie was not long and I hated it.', "The movie wasn't long and I hated it.", 'The movie was long and I did not hate it.', "The movie was long and I didn't hate it."]],
  // copulas
  ['It is good.', ['It is not good.', "It isn't good."]],
  ['We are happy.', ['We are not happy.', "We aren't happy."]],
  ['I am tired.', ['I am not tired.']],
  ["I'm tired.", ["I'm not tired."]],
  ["They're late.", ["They're not late."]],
  ['The food was great.', ['The food was not great.', "The food wasn't great."]],
  ['The staff were rude.', ['The staff were not rude.', "The staff weren't rude."]],
  ['There is a problem.', ['There is not a problem.', "There isn't a problem."]],
  // modals
  ['You should go.', ['You should not go.', "You shouldn't go."]],
  ['We can fix it.', ['We cannot fix it.', "We can't fix it."]],
  ['He will come.', ['He will not come.', "He won't come."]],
  ['You might like it.', ['You might not like it.']],
  ['They must leave.', ['They must not leave.', "They mustn't leave."]],
  ['We would really like that.', ['We would not really like that.', "We wouldn't really like that."]],
  ['It could have been worse.', ['It could not have been worse.', "It couldn't have been worse."]],
  ['You had better go.', ['You had better not go.']],
  // auxiliary have + participle, adverbs between
  ['I have eaten.', ['I have not eaten.', "I haven't eaten."]],
  ['She has been there.', ['She has not been there.', "She hasn't been there."]],
  ['It is the best meal I have ever eaten.', ['It is not the best meal I have ever eaten.', "It isn't the best meal I have ever eaten.", 'It is the best meal I have not ever eaten.', "It is the best meal I haven't ever eaten."]],
  ['We have already paid.', ['We have not already paid.', "We haven't already paid."]],
  ['It has already started.', ['It has not already started.', "It hasn't already started."]],
  ['She had just left.', ['She had not just left.', "She hadn't just left."]],
  ['They have already begun.', ['They have not already begun.', "They haven't already begun."]],
  ['He has recently moved.', ['He has not recently moved.', "He hasn't recently moved."]],
  ['She has got a car.', ['She has not got a car.', "She hasn't got a car."]],
  // main verbs have and do
  ['I have a dog.', ['I do not have a dog.', "I don't have a dog."]],
  ['She has two cats.', ['She does not have two cats.', "She doesn't have two cats."]],
  ['They had fun.', ['They did not have fun.', "They didn't have fun."]],
  ['We have to go.', ['We do not have to go.', "We don't have to go."]],
  ['I have just a question.', ['I do not have just a question.', "I don't have just a question."]],
  ['She did it.', ['She did not do it.', "She didn't do it."]],
  ['It does exactly what it says.', ['It does not do exactly what it says.', "It doesn't do exactly what it says.", 'It does exactly what it does not say.', "It does exactly what it doesn't say."]],
  ['It does exactly that.', ['It does not do exactly that.', "It doesn't do exactly that."]],
  ['She does really help.', ['She does not really help.', "She doesn't really help."]],
  ['I have only one question.', ['I do not have only one question.', "I don't have only one question."]],
  // sentence adverbs stay before the negation
  ['You have probably heard.', ['You have probably not heard.']],
  ['It is probably fine.', ['It is probably not fine.']],
  ['I definitely liked it.', ['I definitely did not like it.', "I definitely didn't like it."]],
  // questions: the contracted form before the subject
  ['Is it ready?', ["Isn't it ready?"]],
  ['Can you help me?', ["Can't you help me?"]],
  ['Am I right?', []],
  // already negative, or no verb a rule can negate: no site
  ['They will never come back.', []],
  ['I do not like it.', []],
  ["She isn't here.", []],
  ['It was not bad.', []],
  ['I have never seen it.', []],
  ['She has never been late.', []],
  ['He never lies.', []],
  ['I hardly know her.', []],
  ['We barely slept.', []],
  ['Nobody came.', []],
  ['Thank you so much.', []],
  ['I travelled to Spain.', []],
  ['I love nothing here.', []],
];

/** Every text one negation edit writes. */
function negations(text: string): string[] {
  const sites = negationSites(text);
  return sites.flatMap((s, i) => s.options.map((_, o) => applyEdits(text, sites, [[i, o]]).text));
}

describe('negation: a corpus checked by hand', () => {
  it.each(CORPUS)('%s', (sentence, outputs) => {
    expect(negations(sentence)).toEqual(outputs);
  });
  it('holds enough sentences, with and without sites', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(CORPUS.filter(([, o]) => o.length === 0).length).toBeGreaterThanOrEqual(10);
  });
  it('every negated text has a removal that gives its sentence back', () => {
    for (const [sentence, outputs] of CORPUS) {
      for (const out of outputs) {
        const sites = negationRemovalSites(out);
        const back = sites.flatMap((s, i) => s.options.map((_, o) => applyEdits(out, sites, [[i, o]]).text));
        expect(back, `${sentence} → ${out}`).toContain(sentence);
      }
    }
  });
});
