/** Suite keys (snake_case) that the adapters spell in camelCase. */
const CAMEL: Readonly<Record<string, string>> = {
  timeout_ms: 'timeoutMs',
  batch_size: 'batchSize',
  output_kind: 'outputKind',
  base_url: 'baseUrl',
  max_tokens: 'maxTokens',
  api_key_env: 'apiKeyEnv',
  base_url_env: 'baseUrlEnv',
  extra_body: 'extraBody',
  fit_command: 'fitCommand',
  ngram_range: 'ngramRange',
  strip_accents: 'stripAccents',
  token_pattern: 'tokenPattern',
  min_df: 'minDf',
  max_df: 'maxDf',
};

const SNAKE: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(CAMEL).map(([s, c]) => [c, s]));
const CAMEL_WORD = new RegExp(`\\b(${Object.keys(SNAKE).join('|')})\\b`, 'g');

/**
 * The adapters' spelling of suite options (top-level keys only). O(keys).
 * Example: `camel({ ngram_range: [1, 2] })` → `{ ngramRange: [1, 2] }`.
 */
export function camel(config: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(config).map(([k, v]) => [CAMEL[k] ?? k, v]));
}

/**
 * The suite's spelling of an adapter option name; other names are returned as they are. O(1).
 * Example: `snake('apiKeyEnv')` → `'api_key_env'`.
 */
export function snake(key: string): string {
  return SNAKE[key] ?? key;
}

/**
 * A message with every adapter option name it mentions in the suite's spelling. O(length).
 * Example: `inSuiteSpelling('set baseUrl or baseUrlEnv')` → `'set base_url or base_url_env'`.
 */
export function inSuiteSpelling(message: string): string {
  return message.replace(CAMEL_WORD, (w) => SNAKE[w] ?? w);
}
