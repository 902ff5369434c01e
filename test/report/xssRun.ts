import { join } from 'node:path';
import { jsonl, runCli, tempFiles } from '../helpers/cli.js';

/** Each payload sets window.__xss when it runs, so a browser can tell whether any did. */
export const PAYLOADS = {
  suite: `<script>window.__xss='suite'</script>`,
  description: `<img src=x onerror="window.__xss='description'">`,
  label: `</script><img src=x onerror="window.__xss='label'">`,
  id: `<svg onload="window.__xss='id'">`,
  idLink: `javascript:window.__xss='id-link'`,
  input: `<a href="javascript:window.__xss='input'">click me</a>`,
  inputScript: `"><script>window.__xss='input-script'</script>{{constructor.constructor('window.__xss=1')()}}`,
  gate: `<iframe src="javascript:window.__xss='gate'"></iframe>`,
  file: `<img src=x onerror=window.__xss=7>.jsonl`,
} as const;

/**
 * Runs a suite whose every untrusted string (suite name and description, data file name, labels,
 * ids, inputs, gate names) is an XSS payload; returns the output directory. Exit code 0 or 1.
 */
export async function runXssSuite(): Promise<{ out: string; code: number }> {
  const P = PAYLOADS;
  const rows = [
    { id: P.id, text: P.input, label: P.label, prediction: 'ham', score: 0.3 },
    { id: P.idLink, text: P.inputScript, label: 'ham', prediction: P.label, score: 0.8 },
    { id: 'dup-1', text: P.input, label: P.label, prediction: P.label, score: 0.9 },
    { id: 'ok-1', text: 'fine', label: 'ham', prediction: 'ham', score: 0.1 },
    { id: 'ok-2', text: 'also fine', label: P.label, prediction: P.label, score: 0.7 },
    { id: 'ok-3', text: 'still fine', label: 'ham', prediction: 'ham', score: 0.2 },
  ];
  const suite = `suite: ${JSON.stringify(P.suite)}
description: ${JSON.stringify(P.description)}
seed: 5
data:
  path: ${JSON.stringify(P.file)}
  id: id
  input: text
  label: label
  prediction: prediction
  score: score
  pos_label: ${JSON.stringify(P.label)}
checks:
  - metrics: [accuracy, precision, recall, f1, roc_auc, average_precision, ece]
  - data-quality: [duplicates, imbalance]
gates:
  - gate: accuracy >= 0.5
    name: ${JSON.stringify(P.gate)}
  - f1 >= 0.1
`;
  const dir = tempFiles({ 'suite.yaml': suite, [P.file]: jsonl(rows) });
  const out = join(dir, 'out');
  const r = await runCli(['run', join(dir, 'suite.yaml'), '--out', out, '--quiet']);
  if (r.code > 1) throw new Error(`the XSS suite did not run: ${r.stderr}`);
  return { out, code: r.code };
}
