import type { CommandModule } from 'yargs';
import { InvalidInputError } from '../problem.js';
import type { CliIo } from './io.js';

/** `evalgate perturb --kind K --text T [--n 5] [--seed 1] [--preset P] [--rate R] [--max-edits M] [--json]`, or `--list`. */
export function perturbCommand(io: CliIo, setCode: (c: number) => void): CommandModule {
  return {
    command: 'perturb',
    describe: 'preview what a perturbation does to a text (or --list the perturbations)',
    builder: (y) =>
      y
        .option('kind', { type: 'string', describe: 'perturbation kind, e.g. typo, homoglyph, negation (see --list)' })
        .option('text', { type: 'string', describe: 'the text to perturb' })
        .option('n', { type: 'number', default: 5, describe: 'distinct variants to show' })
        .option('seed', { type: 'number', default: 1, describe: 'seed of the draws' })
        .option('preset', { type: 'string', choices: ['mild', 'medium', 'hard'], default: 'medium', describe: 'strength' })
        .option('rate', { type: 'number', describe: 'share of the sites one variant may touch, in [0, 1] (overrides the preset; 0 makes no edit)' })
        .option('max-edits', { type: 'number', describe: 'at most this many edits per variant (overrides the preset)' })
        .option('list', { type: 'boolean', default: false, describe: 'list the perturbation kinds' })
        .option('json', { type: 'boolean', default: false, describe: 'print the variants as JSON (invisible characters as \\uXXXX escapes)' }),
    handler: async (args) => {
      const [{ PERTURBATION_KINDS, describeKind, makePerturbation }, { PRESETS }, { previewDraws, previewEdits }, { loadLexicons }, { didYouMean }, { markedDiff }, { visibleJson }] = await Promise.all([
        import('../perturb/catalog.js'),
        import('../perturb/presets.js'),
        import('../perturb/previewEdits.js'),
        import('../run/loadLexicons.js'),
        import('../suite/didYouMean.js'),
        import('./markedDiff.js'),
        import('../report/visibleText.js'),
      ]);
      if (args.list) {
        for (const k of PERTURBATION_KINDS) {
          const d = describeKind(k);
          io.stdout.write(`${k.padEnd(18)} ${d.family.padEnd(12)} ${d.description}\n`);
        }
        setCode(0);
        return;
      }
      const bad = (path: string, message: string) => new InvalidInputError([{ code: 'bad-argument', path: [path], message }]);
      const kind = args.kind === undefined ? undefined : String(args.kind);
      if (kind === undefined) throw bad('--kind', `name a perturbation with --kind (one of ${PERTURBATION_KINDS.join(', ')})`);
      if (!(PERTURBATION_KINDS as string[]).includes(kind)) {
        const near = didYouMean(kind, PERTURBATION_KINDS);
        throw bad('--kind', `unknown perturbation '${kind}'${near ? ` (did you mean '${near}'?)` : ''}; evalgate perturb --list shows them all`);
      }
      if (args.text === undefined) throw bad('--text', 'give the text to perturb with --text');
      const text = String(args.text);
      if (text.trim() === '') throw bad('--text', 'the text is empty or only whitespace: there is nothing to perturb');
      const rate = args.rate as number | undefined;
      if (rate !== undefined && !(rate >= 0 && rate <= 1)) throw bad('--rate', `must be in [0, 1] (got ${rate})`);
      const maxEdits = args['max-edits'] as number | undefined;
      if (maxEdits !== undefined && !(Number.isInteger(maxEdits) && maxEdits >= 1)) throw bad('--max-edits', `must be a whole number >= 1 (got ${maxEdits})`);
      const n = args.n as number;
      if (!(Number.isInteger(n) && n >= 1 && n <= 10_000)) throw bad('--n', `must be a whole number in [1, 10000] (got ${n})`);
      const seed = args.seed as number;
      if (!Number.isInteger(seed)) throw bad('--seed', `must be a whole number (got ${seed})`);
      const base = PRESETS[args.preset as keyof typeof PRESETS];
      const strength = { rate: rate ?? base.rate, maxEdits: maxEdits ?? base.maxEdits };
      const p = makePerturbation(kind as (typeof PERTURBATION_KINDS)[number], loadLexicons());
      const variants = previewEdits(text, p, strength, n, seed);
      const none = strength.rate === 0 ? 'rate 0 allows no edit: the text stays as it is, and in a suite every example counts as not applicable' : undefined;
      if (args.json) io.stdout.write(`${visibleJson({ kind, text, seed, rate: strength.rate, max_edits: strength.maxEdits, variants, ...(none ? { note: none } : {}) })}\n`);
      else if (none) io.stdout.write(`${visibleJson(text)}\n    0 edits: ${none}\n`);
      else if (variants.length === 0) io.stdout.write(`${kind} finds nothing to change in this text: an example like it counts as not applicable\n`);
      else {
        for (const v of variants) io.stdout.write(`${visibleJson(v.text)}\n    ${v.edits.length} edit${v.edits.length === 1 ? '' : 's'}: "${markedDiff(v.diff)}"\n`);
        if (variants.length < n) io.stdout.write(`(${variants.length} distinct variant${variants.length === 1 ? '' : 's'} of the ${n} asked for: ${previewDraws(n)} edit scripts drew no other)\n`);
      }
      setCode(0);
    },
  };
}
