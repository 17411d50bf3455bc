/**
 * The Content-Security-Policy of every page and embed: the site's own code and data only (DuckDB-WASM needs
 * 'wasm-unsafe-eval' to compile its wasm and blob: to load its inflated copy, in the worker, whose policy is the
 * header's; Plot and the chart frame set inline styles), plus the hashes of the few inline head scripts (src/lib/head-scripts.ts). Pages carry it as a
 * <meta http-equiv> (hosts that send no headers) and _headers sends it too (src/integrations/headers.ts), with
 * frame-ancestors, which only works as a header: the site's own pages in frames of the site only, embeds anywhere.
 */
import { createHash } from 'node:crypto';
import { BUILD_SCRIPTS } from '../lib/head-scripts.ts';

/** The CSP source expression that allows one inline script. */
export function scriptHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${BUILD_SCRIPTS.map(scriptHash).join(' ')}`,
    "worker-src 'self' blob:",
    // The DuckDB worker fetches its inflated wasm from a blob: URL (src/client/duckdb.ts).
    "connect-src 'self' blob:",
    "img-src 'self' data: blob:",
    "style-src 'self' 'unsafe-inline'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Who may frame a document: anyone for embeds (that is their purpose), the site itself otherwise. */
export function frameAncestors(embed: boolean): string {
  return `frame-ancestors ${embed ? '*' : "'self'"}`;
}
