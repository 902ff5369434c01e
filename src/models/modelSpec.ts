/**
 * Where a suite wrote a model block, so that a configuration error found when the model is built
 * (an unset environment variable, say) points at the suite: its file, the block's path
 * (`['model']`, `['baseline']`, `['candidate']`) and the position of every key path inside it,
 * keyed by the path joined with '.' (`'openai.api_key_env'`; `''` is the block itself).
 */
export interface ModelSource {
  file: string;
  path: (string | number)[];
  positions: Record<string, { line: number; column: number }>;
}

/** The model under test, as the suite names it; adapters turn it into a Model. */
export type ModelSpec = (
  | { kind: 'builtin'; name: 'naive-bayes' | 'majority' | 'stratified'; params: Record<string, unknown> }
  | { kind: 'module'; path: string; resolvedPath: string }
  | { kind: 'command'; command: string[]; fitCommand?: string[] }
  | { kind: 'http'; config: Record<string, unknown> }
  | { kind: 'openai'; config: Record<string, unknown> }
) & { source?: ModelSource };

/** Options shared by every model, with defaults filled in. */
export interface ModelOptions {
  batchSize: number;
  concurrency?: number;
  timeoutMs?: number;
  retries?: number;
  cache: boolean;
  maxErrorRate: number;
}
