import type { CommandModule } from 'yargs';
import { formatProblem } from '../problem.js';
import type { CliIo } from './io.js';

/** `evalgate score <predictions>`: a classification report and every figure with its interval. */
export function scoreCommand(io: CliIo, setCode: (c: number) => void): CommandModule {
  return {
    command: 'score <predictions>',
    describe: 'score a predictions file: classification report, metrics and their intervals',
    builder: (y) =>
      y
        .positional('predictions', { type: 'string', describe: 'JSONL, CSV or JSON file', demandOption: true })
        .option('label', { type: 'string', default: 'label', describe: 'field of the true label' })
        .option('prediction', { type: 'string', describe: 'field of the predicted label (default: prediction, or the most probable class)' })
        .option('score', { type: 'string', describe: 'field of one probability (binary: of the positive label; multiclass: of the prediction)' })
        .option('probabilities', { type: 'string', describe: 'field of the class probabilities (array in sorted-label order, or object by label)' })
        .option('classes', { type: 'string', describe: 'comma-separated classes of the probability columns, in order (default: the sorted labels)' })
        .option('pos-label', { type: 'string', describe: 'the positive label of binary data' })
        .option('average', { choices: ['binary', 'micro', 'macro', 'weighted', 'samples'] as const, describe: 'the average bare precision/recall/f1 stand for' })
        .option('digits', { type: 'number', default: 2, describe: 'digits in the classification report' })
        .option('bootstrap', { type: 'number', default: 1000, describe: 'bootstrap resamples (0: no bootstrap intervals)' })
        .option('confidence', { type: 'number', default: 0.95, describe: 'confidence level of the intervals' })
        .option('seed', { type: 'number', default: 0, describe: 'seed of the bootstrap' })
        .option('skip-bad-rows', { type: 'boolean', default: false, describe: 'skip and list bad rows instead of stopping' })
        .option('json', { type: 'boolean', default: false, describe: 'print the figures as JSON' })
        .conflicts('score', 'probabilities')
        .check((a) => {
          if (!(a.confidence > 0 && a.confidence < 1)) throw new Error(`--confidence must be between 0 and 1 (got ${a.confidence})`);
          if (!Number.isInteger(a.bootstrap) || a.bootstrap < 0) throw new Error(`--bootstrap must be a whole number >= 0 (got ${a.bootstrap})`);
          if (!Number.isInteger(a.seed) || a.seed < 0 || a.seed > 4294967295) throw new Error(`--seed must be a whole number in [0, 4294967295] (got ${a.seed})`);
          if (!Number.isInteger(a.digits) || a.digits < 0 || a.digits > 15) throw new Error(`--digits must be a whole number in [0, 15] (got ${a.digits})`);
          return true;
        }),
    handler: async (args) => {
      const [{ scoreFile }, { fmt }, { termSafe }, { encodeNonFinite }] = await Promise.all([import('../run/scoreFile.js'), import('../contract/format.js'), import('../report/terminalSummary.js'), import('../contract/nonFiniteJson.js')]);
      const r = await scoreFile(String(args.predictions), {
        label: args.label as string,
        prediction: args.prediction as string | undefined,
        score: args.score as string | undefined,
        probabilities: args.probabilities as string | undefined,
        posLabel: args['pos-label'] as string | undefined,
        ...(args.classes !== undefined ? { classes: String(args.classes).split(',').map((c) => c.trim()) } : {}),
        average: args.average as 'binary' | undefined,
        digits: args.digits as number,
        bootstrap: args.bootstrap as number,
        confidence: args.confidence as number,
        seed: args.seed as number,
        onBadRow: args['skip-bad-rows'] ? 'skip' : 'error',
      });
      if (args.json) {
        const out = { file: r.file, rows: r.rows, examples: r.examples, skipped: r.skipped.map((p) => ({ line: p.line, message: formatProblem(p) })), figures: r.figures, metrics: r.detail };
        io.stdout.write(`${JSON.stringify(out, encodeNonFinite, 2)}\n`);
      } else {
        const lines: string[] = [`${termSafe(r.file)}: ${r.examples} examples${r.skipped.length ? `, ${r.skipped.length} bad rows skipped` : ''} (${r.detail.target}${r.detail.pos_label !== undefined ? `, positive label ${JSON.stringify(r.detail.pos_label)}` : ''})`, ''];
        if (r.reportText) lines.push(termSafe(r.reportText).replace(/\n+$/, ''), '');
        const level = `${Math.round(r.detail.confidence * 1000) / 10}%`;
        const rows = Object.entries(r.figures).filter(([k]) => !k.startsWith('support.') && k !== 'n');
        const width = Math.max(...rows.map(([k]) => k.length), 6);
        lines.push(`${'figure'.padEnd(width)}  ${'value'.padStart(8)}  ${level} interval`);
        for (const [k, f] of rows) {
          const ci = f.ci_low !== undefined ? `[${fmt(f.ci_low)}, ${fmt(f.ci_high)}] ${f.interval}` : '';
          lines.push(`${termSafe(k).padEnd(width)}  ${fmt(f.value).padStart(8)}  ${ci}`);
        }
        for (const w of r.detail.warnings) lines.push(`warning: ${termSafe(w)}`);
        for (const p of r.skipped) lines.push(`skipped: ${termSafe(formatProblem(p))}`);
        io.stdout.write(`${lines.join('\n')}\n`);
      }
      setCode(0);
    },
  };
}
