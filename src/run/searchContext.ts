import type { Label } from '../metrics/types.js';
import type { Model } from '../models/model.js';
import type { CheckKind } from '../suite/checkSpec.js';
import type { RunContext } from './checkRunner.js';
import type { Progress } from './progress.js';
import type { RecordWriter } from './recordWriter.js';

/** What the search checks (robustness, templates) need to search a model. */
export interface SearchContext {
  model: Model;
  seed: number;
  batchSize: number;
  journal: RecordWriter;
  progress: (label: string, total: number) => Progress;
  suiteFile: string;
  only?: (id: string) => boolean;
  posLabel?: Label;
}

/** The search context of a run: the scored model, the suite's seed and batch size, the positive label the metrics check resolved (else the data's). */
export function searchContext<K extends CheckKind>(ctx: RunContext<K>, model: Model): SearchContext {
  const posLabel = ctx.left.metrics?.pos_label ?? ctx.suite.data.posLabel;
  return {
    model,
    seed: ctx.suite.seed,
    batchSize: ctx.suite.model!.options.batchSize,
    journal: ctx.journal,
    progress: ctx.progress,
    suiteFile: ctx.suite.file,
    ...(ctx.only ? { only: ctx.only } : {}),
    ...(posLabel !== undefined ? { posLabel: posLabel as Label } : {}),
  };
}
