import type { CommandModule } from 'yargs';
import type { CliIo } from './io.js';

/** `evalgate split <data> --folds K [--stratify F] [--group F] [--shuffle --seed N] [--out DIR | --json]`. */
export function splitCommand(io: CliIo, setCode: (c: number) => void): CommandModule {
  return {
    command: 'split <data>',
    describe: "export scikit-learn's k-fold splits of a data file, for pipelines that want the same folds",
    builder: (y) =>
      y
        .positional('data', { type: 'string', demandOption: true, describe: 'JSONL, CSV or JSON file' })
        .option('folds', { type: 'number', default: 5, describe: 'number of folds' })
        .option('stratify', { type: 'string', describe: 'field to stratify on (StratifiedKFold)' })
        .option('group', { type: 'string', describe: 'field whose groups stay in one fold (GroupKFold)' })
        .option('shuffle', { type: 'boolean', default: false, describe: "shuffle first, as scikit-learn's shuffle=True" })
        .option('seed', { type: 'number', describe: 'random_state of the shuffle (needs --shuffle)' })
        .option('out', { type: 'string', describe: 'write folds.json and fold-K.train/test.jsonl here' })
        .option('json', { type: 'boolean', default: false, describe: 'print the folds as JSON' })
        .check((a) => {
          if (!Number.isInteger(a.folds) || a.folds < 2) throw new Error(`--folds must be a whole number >= 2 (got ${a.folds})`);
          if (a.seed !== undefined && !a.shuffle) throw new Error('--seed has no effect without --shuffle (as scikit-learn refuses random_state with shuffle=False)');
          if (a.seed !== undefined && (!Number.isInteger(a.seed) || a.seed < 0 || a.seed > 4294967295)) throw new Error(`--seed must be a whole number in [0, 4294967295] (got ${a.seed})`);
          if (a.out === undefined && !a.json) throw new Error('choose --out DIR or --json');
          return true;
        }),
    handler: async (args) => {
      const { splitData, writeSplit } = await import('../run/splitData.js');
      const r = await splitData(String(args.data), {
        folds: args.folds as number,
        ...(args.stratify ? { stratify: String(args.stratify) } : {}),
        ...(args.group ? { group: String(args.group) } : {}),
        shuffle: args.shuffle as boolean,
        ...(args.seed !== undefined ? { seed: args.seed as number } : {}),
      });
      for (const w of r.warnings) io.stderr.write(`warning: ${w}\n`);
      if (args.json) io.stdout.write(`${JSON.stringify({ file: r.file, rows: r.rows, splitter: r.splitter, folds: r.folds, warnings: r.warnings })}\n`);
      if (args.out !== undefined) {
        const files = writeSplit(r, String(args.out));
        if (!args.json) io.stdout.write(`${r.splitter}: ${r.folds.length} folds of ${r.rows} rows written to ${String(args.out)} (${files.length} files)\n`);
      }
      setCode(0);
    },
  };
}
