/**
 * The line a run prints about its use of the response cache, e.g.
 * `cache (.evalgate-cache): 12 answers reused, 138 asked of the model`. The counts are of
 * distinct inputs (a run asks each once). Example: `cacheUseLine({ hits: 0, misses: 2 }, 'c')` →
 * `cache (c): 0 answers reused, 2 asked of the model\n`.
 */
export function cacheUseLine(cache: { hits: number; misses: number }, dir: string): string {
  return `cache (${dir}): ${cache.hits} answer${cache.hits === 1 ? '' : 's'} reused, ${cache.misses} asked of the model\n`;
}
