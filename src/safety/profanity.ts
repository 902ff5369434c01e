import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';

let matcher: RegExpMatcher | undefined;

/**
 * Profanity and slurs in a text by the `obscenity` package's English preset (its dataset and
 * recommended transformers: leetspeak, confusable and repeated characters, with its whitelist of
 * innocent look-alikes). Returns the distinct words matched, in order of first appearance.
 * Cost O(length), about 2 s per adversarial MB. Never throws.
 * @example findProfanity('you little sh1t') // ['shit']
 */
export function findProfanity(text: string): string[] {
  matcher ??= new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  const words: string[] = [];
  for (const m of matcher.getAllMatches(text, true)) {
    const word = englishDataset.getPayloadWithPhraseMetadata(m).phraseMetadata?.originalWord;
    if (word !== undefined && !words.includes(word)) words.push(word);
  }
  return words;
}
