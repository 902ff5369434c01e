// A model nobody here wrote: the `sentiment` package (AFINN-165 word scores, with its own
// negation handling), wrapped as an evalgate module model. The label is the sign of the summed
// word scores (0 counts as positive); the probability of `positive` is a logistic squash of the
// score per word, so directional expectations have a number to move.
import Sentiment from 'sentiment';

const analyzer = new Sentiment();

export const identity = { name: 'sentiment-afinn', version: '5.0.2' };
export const classes = ['negative', 'positive'];

export function predict(inputs) {
  return inputs.map((text) => {
    const { score, comparative } = analyzer.analyze(String(text));
    const positive = 1 / (1 + Math.exp(-4 * comparative));
    return { label: score >= 0 ? 'positive' : 'negative', probabilities: { negative: 1 - positive, positive } };
  });
}
