import { relative } from 'node:path';

/** A path as the user would type it: relative to the working directory when inside it. */
export function shownPath(p: string): string {
  const rel = relative(process.cwd(), p);
  return rel === '' ? '.' : rel.startsWith('..') ? p : rel;
}
