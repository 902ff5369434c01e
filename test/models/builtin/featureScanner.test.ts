import { describe, expect, it } from 'vitest';
import { buildFeatureScanner } from '../../../src/models/builtin/featureScanner.js';
import { GramTable } from '../../../src/models/builtin/gramTable.js';
import { Growable } from '../../../src/models/builtin/growable.js';
import { buildAnalyzer, type AnalyzerOptions } from '../../../src/models/builtin/textAnalyzer.js';
import { resolveVectorizerOptions } from '../../../src/models/builtin/vectorizerOptions.js';

const scan = (options: Partial<AnalyzerOptions>, docs: string[], create: boolean[], table = new GramTable()) => {
  const s = buildFeatureScanner(resolveVectorizerOptions(options));
  return docs.map((d, i) => {
    const out = new Growable(8);
    s(d, table, create[i], out);
    return Array.from(out.view(), (id) => table.strings[id]).sort();
  });
};

describe('buildFeatureScanner', () => {
  it.each<[Partial<AnalyzerOptions>]>([
    [{}],
    [{ ngramRange: [1, 3] }],
    [{ ngramRange: [2, 2], stripAccents: 'unicode' }],
    [{ tokenPattern: '\\S+', ngramRange: [1, 2], lowercase: false }],
    [{ tokenPattern: '[a-z]+ [a-z]+|[a-z]+', ngramRange: [1, 2] }],
  ])('reports the same features as the analyzer when creating (%j)', (options) => {
    const docs = ['Él vino, él VINO; the cat sat', 'ab cd ab cd ef', '', 'x'];
    const got = scan(options, docs, docs.map(() => true));
    const analyze = buildAnalyzer(options);
    docs.forEach((d, i) => expect(got[i]).toEqual(analyze(d).sort()));
  });

  it('at predict time reports only features seen while fitting', () => {
    const t = new GramTable();
    const [fit, predict] = scan({ ngramRange: [1, 2] }, ['aa bb cc', 'bb aa dd cc'], [true, false], t);
    expect(fit).toEqual(['aa', 'aa bb', 'bb', 'bb cc', 'cc']);
    expect(predict).toEqual(['aa', 'bb', 'cc']);
  });
});
