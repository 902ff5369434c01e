import type { Problem } from '../../problem.js';

/**
 * Parses an endpoint URL, pushing a `model-config` problem at `[key]` onto `problems` when it is
 * not an absolute http(s) URL or carries credentials (`user:pass@`: put those in a header with
 * `${ENV_VAR}` so they stay out of identities and logs). Returns the URL, or undefined. O(length).
 * Example: `checkEndpointUrl('ftp://x', 'url', problems)` → `undefined`, pushing `url: must be an http:// or https:// URL (got "ftp://x")`.
 */
export function checkEndpointUrl(text: unknown, key: string, problems: Problem[]): URL | undefined {
  const bad = (message: string): undefined => {
    problems.push({ code: 'model-config', path: [key], message });
    return undefined;
  };
  if (typeof text !== 'string' || text === '') return bad('must be a URL string');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return bad(`must be an absolute URL (got ${JSON.stringify(text)})`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return bad(`must be an http:// or https:// URL (got ${JSON.stringify(text)})`);
  if (url.username !== '' || url.password !== '') return bad('must not contain credentials: send them in a header such as `Authorization: Bearer ${API_KEY}`');
  return url;
}

/** `http:` + origin + path: the URL without query, fragment or credentials. Example: `endpointName(new URL('https://h/p?q=1'))` → `https://h/p`. */
export function endpointName(url: URL): string {
  return `${url.origin}${url.pathname}`;
}
