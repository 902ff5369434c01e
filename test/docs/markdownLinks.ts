import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/** A relative link of a Markdown file: where it is, what it points to. */
export interface MarkdownLink {
  file: string;
  line: number;
  target: string;
}

/** The Markdown files of `dir`, recursively, in a stable order. */
export function markdownFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? markdownFilesUnder(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : []));
}

/** The lines of a Markdown text outside fenced code blocks (others blanked, so line numbers hold). */
function proseLines(text: string): string[] {
  let fence: string | undefined;
  return text.split('\n').map((line) => {
    const m = /^\s*(`{3,}|~{3,})/.exec(line);
    if (m && (fence === undefined || m[1].startsWith(fence))) {
      fence = fence === undefined ? m[1] : undefined;
      return '';
    }
    return fence === undefined ? line : '';
  });
}

/**
 * GitHub's anchor for a heading (github-slugger): the heading's text as rendered (code spans,
 * emphasis and links reduced to their text), lower-cased, every character that is not a letter,
 * mark, digit, connector (`_`), hyphen or space removed, spaces turned to hyphens.
 * @example githubSlug('Bad input (exit 2)') // 'bad-input-exit-2'
 */
export function githubSlug(heading: string): string {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[`*]/g, '');
  return text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
}

/** The anchors of a Markdown text's headings, duplicates numbered as GitHub does (`x`, `x-1`, ...). */
export function headingAnchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const line of proseLines(text)) {
    const m = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const base = githubSlug(m[1]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

/** The relative links (and images) of a Markdown text: not in code, not URLs with a scheme. */
export function relativeLinks(file: string, text: string): MarkdownLink[] {
  const out: MarkdownLink[] = [];
  proseLines(text).forEach((raw, i) => {
    const line = raw.replace(/(`+)[\s\S]*?\1/g, (s) => s.replace(/[[\]()]/g, ' '));
    for (const m of line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      const target = m[1];
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:, ...
      out.push({ file, line: i + 1, target });
    }
  });
  return out;
}

/**
 * What is wrong with a link, or undefined when its file (and heading anchor) exist. `optional`
 * says which missing targets to pass over (paths relative to the repository root).
 */
export function brokenLink(link: MarkdownLink, optional: (path: string) => boolean = () => false): string | undefined {
  const [rawPath, anchor] = link.target.split('#', 2) as [string, string | undefined];
  const path = rawPath === '' ? link.file : normalize(join(dirname(link.file), decodeURIComponent(rawPath)));
  const where = `${link.file}:${link.line} ${link.target}`;
  if (!existsSync(path)) return optional(relative('.', path).split('\\').join('/')) ? undefined : `${where}: no file ${path}`;
  if (anchor === undefined || anchor === '') return undefined;
  if (statSync(path).isDirectory() || !path.endsWith('.md')) return `${where}: an anchor into ${path}, which is not a Markdown file`;
  return headingAnchors(readFileSync(path, 'utf8')).has(decodeURIComponent(anchor)) ? undefined : `${where}: ${path} has no heading #${anchor}`;
}
