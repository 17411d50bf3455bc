/**
 * The HTTP headers the site asks its host to send, by path: the one place for them. The build writes them as
 * `_headers` (the format Netlify and Cloudflare Pages read; scripts/serve-dist.ts applies the same file), and
 * docs/deploy.md shows the equivalent for other servers. Security headers belong in the rule for every path.
 */
export interface HeaderRule {
  /** A URL path under the site, `*` matching any rest of it (Netlify/Cloudflare `_headers` patterns). */
  path: string;
  headers: Record<string, string>;
}

/** Files whose names change when their content does (Astro's hashed assets; DuckDB under its version). */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

export function headerRules(base: string): HeaderRule[] {
  return [
    { path: `${base}*`, headers: { 'X-Content-Type-Options': 'nosniff' } },
    { path: `${base}_astro/*`, headers: { 'Cache-Control': IMMUTABLE } },
    { path: `${base}duckdb/*`, headers: { 'Cache-Control': IMMUTABLE } },
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

/** The headers for a path: those of every matching rule, later rules adding to earlier ones. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules) {
    const pattern = new RegExp(`^${r.path.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    if (pattern.test(path)) Object.assign(out, r.headers);
  }
  return out;
}
