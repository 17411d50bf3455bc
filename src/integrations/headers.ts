/**
 * The HTTP headers the site asks its host to send, by path: the one place for them. The build writes them as
 * `_headers` (the format Netlify and Cloudflare Pages read; scripts/serve-dist.ts applies the same file), and
 * docs/deploy.md shows the equivalent for other servers. Security headers belong in the rule for every path.
 *
 * Several rules can match a path; hosts then send every header they set, a header set twice joined with a comma
 * (Cloudflare Pages; nginx sends both lines). For the Content-Security-Policy that means every policy applies, so
 * the rule for every path carries the policy (src/site/csp.ts) and the rules for documents add it again with
 * frame-ancestors: embeds may be framed anywhere, pages only by the site. A host where the later rule replaces
 * the earlier gets the same result.
 */
import { LANGS } from '../i18n/index.ts';
import { embedRoute, pageRoute } from '../lib/paths.ts';
import { escapeRegExp } from '../lib/regexp.ts';
import { contentSecurityPolicy, frameAncestors } from '../site/csp.ts';
export interface HeaderRule {
  /** A URL path under the site, `*` matching any rest of it (Netlify/Cloudflare `_headers` patterns). */
  path: string;
  headers: Record<string, string>;
}

/** Files whose names change when their content does (Astro's hashed assets; DuckDB under its version). */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

const CSP = 'Content-Security-Policy';

/** The rules for a site under `base` whose pages have these ids (content file names; 'index' is the home page). */
export function headerRules(base: string, pages: readonly string[] = []): HeaderRule[] {
  const policy = contentSecurityPolicy();
  const pagePaths = LANGS.flatMap((lang) => pages.map((p) => `${base}${pageRoute(p, lang)}/`.replace(/\/\/$/, '/')));
  return [
    { path: `${base}*`, headers: { 'X-Content-Type-Options': 'nosniff', [CSP]: policy } },
    { path: `${base}_astro/*`, headers: { 'Cache-Control': IMMUTABLE } },
    { path: `${base}duckdb/*`, headers: { 'Cache-Control': IMMUTABLE } },
    ...LANGS.map((lang) => ({ path: `${base}${embedRoute('*', lang)}`, headers: { [CSP]: `${policy}; ${frameAncestors(true)}` } })),
    ...pagePaths.map((path) => ({ path, headers: { [CSP]: `${policy}; ${frameAncestors(false)}` } })),
  ];
}

/** `_headers`: each path on a line of its own, its headers indented under it. */
export function headersFile(rules: HeaderRule[]): string {
  return rules.map((r) => `${r.path}\n${Object.entries(r.headers).map(([k, v]) => `  ${k}: ${v}\n`).join('')}`).join('');
}

/** Parses `_headers` (as written above; `#` comments and blank lines allowed). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) { rules.push({ path: line.trim(), headers: {} }); continue; }
    const m = line.match(/^\s+([^:]+):\s*(.*)$/);
    if (m && rules.length) rules[rules.length - 1]!.headers[m[1]!.trim()] = m[2]!.trim();
  }
  return rules;
}

/** The headers for a path: those of every matching rule; a header set by several, their values joined by commas. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules) {
    const pattern = new RegExp(`^${r.path.split('*').map(escapeRegExp).join('.*')}$`);
    if (!pattern.test(path)) continue;
    for (const [k, v] of Object.entries(r.headers)) out[k] = out[k] === undefined ? v : `${out[k]}, ${v}`;
  }
  return out;
}
