/** The model under test, as the suite names it; adapters turn it into a Model. */
export type ModelSpec =
  | { kind: 'builtin'; name: 'naive-bayes' | 'majority' | 'stratified'; params: Record<string, unknown> }
  | { kind: 'module'; path: string; resolvedPath: string }
  | { kind: 'command'; command: string[]; fitCommand?: string[] }
  | { kind: 'http'; config: Record<string, unknown> }
  | { kind: 'openai'; config: Record<string, unknown> };

/** Options shared by every model, with defaults filled in. */
export interface ModelOptions {
  batchSize: number;
  concurrency?: number;
  timeoutMs?: number;
  retries?: number;
  cache: boolean;
  maxErrorRate: number;
}
