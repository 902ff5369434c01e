import type { CommandModule } from 'yargs';
import type { CliIo } from './io.js';
import { verdictExitCode } from './verdictExitCode.js';

/** `evalgate replay <run dir> <id> [--suite FILE] [--json]`: exit 1 while the counterexample still fails, 0 once it passes. */
export function replayCommand(io: CliIo, setCode: (c: number) => void): CommandModule {
  return {
    command: 'replay <run> <id>',
    describe: 're-run one minimal counterexample of a robustness search against the model and show both answers',
    builder: (y) =>
      y
        .positional('run', { type: 'string', demandOption: true, describe: 'output directory of an evalgate run' })
        .positional('id', { type: 'string', demandOption: true, describe: 'counterexample id, PERTURBATION/EXAMPLE_ID (results.json, the report)' })
        .option('suite', { type: 'string', describe: 'suite file (default: the one the run names)' })
        .option('json', { type: 'boolean', default: false, describe: 'print the outcome as JSON (invisible characters as \\uXXXX escapes)' }),
    handler: async (args) => {
      const [{ replayCounterexample }, { visibleJson }] = await Promise.all([import('../run/replayCounterexample.js'), import('../report/visibleText.js')]);
      const r = await replayCounterexample(String(args.run), String(args.id), { ...(args.suite !== undefined ? { suiteFile: String(args.suite) } : {}) });
      if (args.json) io.stdout.write(`${visibleJson({ id: r.counterexample.id, original: r.original, perturbed: r.perturbed, edits: r.edits, same_edits: r.sameEdits, before: r.before, after: r.after, pass: r.verdict.pass, reason: r.verdict.reason })}\n`);
      else {
        const [{ markedDiff }, { visibleText }, { elideDiff, textDiff }] = await Promise.all([import('./markedDiff.js'), import('../report/visibleText.js'), import('../perturb/textDiff.js')]);
        const show = (p: { label?: unknown; text?: string; error?: string; probabilities?: Record<string, number> }) =>
          p.error !== undefined ? `error: ${visibleText(p.error, { spaces: false })}` : `${visibleJson(p.label ?? p.text ?? null)}${p.probabilities ? ` ${visibleJson(p.probabilities)}` : ''}`;
        const diff = elideDiff(textDiff(r.original, r.edits));
        const n = r.edits.length;
        const edits = r.edits.map((e) => `${visibleJson(e.from)} → ${visibleJson(e.to)} at ${e.start}${e.start_cp !== e.start ? ` (code point ${e.start_cp})` : ''}`).join(', ');
        io.stdout.write(`${r.counterexample.id} (seed ${r.counterexample.seed}, path ${r.counterexample.path})\n`);
        io.stdout.write(`  original : "${markedDiff(diff, 'original')}"\n    answer : ${show(r.before)}\n`);
        io.stdout.write(`  perturbed: "${markedDiff(diff, 'perturbed')}"\n    ${n} edit${n === 1 ? ' ' : 's'}: ${edits}\n    answer : ${show(r.after)}\n`);
        if (!r.sameEdits) io.stdout.write('  note: the regenerated edits differ from the recorded ones (the suite or the data changed)\n');
        io.stdout.write(`${r.verdict.pass ? 'no longer fails' : 'still fails'}: ${visibleText(r.verdict.reason, { spaces: false })}\n`);
      }
      setCode(verdictExitCode(r.verdict.pass ? 'pass' : 'fail'));
    },
  };
}
