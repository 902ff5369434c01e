import { describe, expect, it } from 'vitest';
import { parseJsonPath } from '../../../src/models/http/jsonPath.js';
import { readBatchPredictions, readPrediction, type OutputPaths } from '../../../src/models/http/readPrediction.js';

const paths = (o: Partial<Record<'output' | 'score' | 'probabilities', string>>, kind: OutputPaths['kind'] = 'label'): OutputPaths => ({
  kind,
  output: o.output === undefined ? undefined : parseJsonPath(o.output),
  score: o.score === undefined ? undefined : parseJsonPath(o.score),
  probabilities: o.probabilities === undefined ? undefined : parseJsonPath(o.probabilities),
});

describe('readPrediction', () => {
  it('reads labels, multi-labels, text, scores and probabilities', () => {
    expect(readPrediction({ r: { label: 'spam', p: 0.9, all: { spam: 0.9, ham: 0.1 } } }, paths({ output: 'r.label', score: 'r.p', probabilities: 'r.all' })))
      .toEqual({ label: 'spam', score: 0.9, probabilities: { spam: 0.9, ham: 0.1 } });
    expect(readPrediction({ l: 3 }, paths({ output: 'l' }))).toEqual({ label: 3 });
    expect(readPrediction({ l: ['a', 1] }, paths({ output: 'l' }))).toEqual({ label: ['a', 1] });
    expect(readPrediction({ tags: [{ n: 'a' }, { n: 'b' }] }, paths({ output: 'tags[*].n' }))).toEqual({ label: ['a', 'b'] });
    expect(readPrediction({ choices: [{ text: ' hi' }] }, paths({ output: 'choices[0].text' }, 'text'))).toEqual({ text: ' hi' });
  });

  it('names the path that is missing or of the wrong type', () => {
    expect(readPrediction({ choices: [] }, paths({ output: 'choices[0].text' }, 'text'))).toEqual({ error: 'response has no `choices[0].text`' });
    expect(readPrediction({ label: { a: 1 } }, paths({ output: 'label' }))).toEqual({ error: 'response `label` is not a label (got object)' });
    expect(readPrediction({ label: null }, paths({ output: 'label' }))).toEqual({ error: 'response `label` is not a label (got null)' });
    expect(readPrediction({ label: true }, paths({ output: 'label' }))).toEqual({ error: 'response `label` is not a label (got boolean)' });
    expect(readPrediction({ t: 5 }, paths({ output: 't' }, 'text'))).toEqual({ error: 'response `t` is not text (got number)' });
    expect(readPrediction({ s: '0.5' }, paths({ score: 's' }))).toEqual({ error: 'response `s` is not a number (got string)' });
    expect(readPrediction({ p: { a: 'x' } }, paths({ probabilities: 'p' }))).toEqual({ error: 'response `p`: probability of "a" is not a number (got string)' });
    expect(readPrediction({ p: [0.1] }, paths({ probabilities: 'p' }))).toEqual({ error: 'response `p` is not an object of probabilities (got array)' });
    expect(readPrediction([1], paths({ output: 'label' }))).toEqual({ error: 'response has no `label`' });
  });
});

describe('readBatchPredictions', () => {
  it('reads one item per input, directly or through [*]', () => {
    expect(readBatchPredictions({ labels: ['a', 'b'] }, paths({ output: 'labels' }), 2)).toEqual([{ label: 'a' }, { label: 'b' }]);
    const doc = { results: [{ label: 'a', p: 0.2 }, { label: 'b' }, { label: 7, p: 0.9 }] };
    expect(readBatchPredictions(doc, paths({ output: 'results[*].label', score: 'results[*].p' }), 3)).toEqual([
      { label: 'a', score: 0.2 },
      { error: 'response has no `results[*].p` for input 1' },
      { label: 7, score: 0.9 },
    ]);
  });

  it('fails the whole batch when the array is missing or of the wrong length', () => {
    expect(readBatchPredictions({ labels: ['a'] }, paths({ output: 'labels' }), 2)).toEqual([
      { error: 'response `labels` has 1 items for 2 inputs' }, { error: 'response `labels` has 1 items for 2 inputs' },
    ]);
    expect(readBatchPredictions({}, paths({ output: 'labels' }), 1)).toEqual([{ error: 'response has no `labels`' }]);
    expect(readBatchPredictions({ labels: 'a' }, paths({ output: 'labels' }), 1)).toEqual([{ error: 'response `labels` is not an array (got string)' }]);
  });
});
