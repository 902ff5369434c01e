/** The outputs `--format` can pick (records.jsonl is always written: it is the run's journal). */
export const OUTPUT_FORMATS = ['html', 'json', 'junit', 'md'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
