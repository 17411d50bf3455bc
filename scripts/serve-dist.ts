/**
 * Serves a production build over HTTP the way a plain static host does, for `npm start`, the browser tests and the
 * benchmark: the site under its base path (BASE_PATH), directory URLs → index.html, 404.html for anything missing,
 * the build's precompressed copies (`.br`, `.gz`) when the browser accepts them and the file as it is otherwise
 * (never compressed on the fly), byte ranges, validators (ETag and Last-Modified, answered with 304 Not Modified, so
 * a repeat visit revalidates as it would on a real host) and the headers of the build's `_headers` file
 * (src/integrations/headers.ts).
 * Used instead of `astro preview`, which allows only one running preview server per project.
 *
 * CLI: node scripts/serve-dist.ts [port] [dir] [base]   (defaults 4329, dist, $BASE_PATH or /)
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Stats } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { headersFor, parseHeadersFile } from '../src/integrations/headers.ts';
import { ENCODINGS } from '../src/integrations/precompress.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.wasm': 'application/wasm', '.arrow': 'application/vnd.apache.arrow.stream', '.parquet': 'application/vnd.apache.parquet',
  '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml', '.ico': 'image/x-icon', '.gz': 'application/gzip',
};

export interface ServeOptions { dir?: string; base?: string }

/** `/chwd` → `/chwd/`; '' → '/'. */
export function normaliseBase(base: string): string {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
}

/**
 * The file a URL path names inside `root`, or null when it cannot be one: outside the base, undecodable, or
 * escaping the root (`..` segments, encoded or not, and look-alike siblings such as `<root>-other`).
 */
export function resolvePath(root: string, base: string, urlPath: string): string | null {
  if (!urlPath.startsWith(base) && `${urlPath}/` !== base) return null;
  let rest: string;
  try { rest = decodeURIComponent(urlPath.slice(base.length)); } catch { return null; }
  if (rest.includes('\0') || rest.includes('\\') || rest.split('/').some((s) => s === '..')) return null;
  const file = resolve(root, `./${rest}`);
  return file === root || file.startsWith(root + sep) ? file : null;
}

const isFile = (path: string) => stat(path).then((s) => s.isFile(), () => false);

/** The precompressed copy the browser accepts, if the build has one: brotli first, then gzip. */
async function encodedCopy(file: string, accept: string): Promise<{ path: string; encoding: string } | null> {
  for (const [encoding, suffix] of Object.entries(ENCODINGS)) {
    if (new RegExp(`\\b${encoding}\\b`).test(accept) && (await isFile(file + suffix))) return { path: file + suffix, encoding };
  }
  return null;
}

/** A single `bytes=` range of a body of `size` bytes: [start, end], 'unsatisfiable', or null (send it all). */
export function parseRange(header: string | undefined, size: number): [number, number] | 'unsatisfiable' | null {
  const m = header?.match(/^bytes=(\d*)-(\d*)$/);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  const [start, end] = m[1] === '' ? [Math.max(0, size - Number(m[2])), size - 1] : [Number(m[1]), m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1)];
  return start > end || start >= size ? 'unsatisfiable' : [start, end];
}

async function readRange(file: string, start: number, length: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const body = Buffer.alloc(length);
    await handle.read(body, 0, length, start);
    return body;
  } finally {
    await handle.close();
  }
}

/** A weak validator of a file as sent (its size and modification time, and which copy): changes when the file does. */
export function etagOf(info: Pick<Stats, 'size' | 'mtimeMs'>, encoding = ''): string {
  return `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}${encoding ? `-${encoding}` : ''}"`;
}

/**
 * Whether the browser's copy is current: If-None-Match (any listed tag, weak comparison) wins over
 * If-Modified-Since, as RFC 9110 says.
 */
export function notModified(req: Pick<IncomingMessage, 'headers'>, etag: string, mtimeMs: number): boolean {
  const inm = req.headers['if-none-match'];
  if (inm) return inm.trim() === '*' || inm.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag.replace(/^W\//, ''));
  const ims = req.headers['if-modified-since'];
  return ims !== undefined && !Number.isNaN(Date.parse(ims)) && Math.floor(mtimeMs / 1000) <= Math.floor(Date.parse(ims) / 1000);
}

async function respond(req: IncomingMessage, res: ServerResponse, root: string, base: string): Promise<void> {
  const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
  let file = resolvePath(root, base, urlPath);
  let status = 200;
  if (file && !urlPath.endsWith('/') && (await stat(file).then((s) => s.isDirectory(), () => false))) {
    res.writeHead(301, { Location: `${urlPath}/` }).end();
    return;
  }
  if (file && urlPath.endsWith('/')) file = resolve(file, 'index.html');
  if (!file || !(await isFile(file))) {
    file = resolve(root, '404.html');
    status = 404;
    if (!(await isFile(file))) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found'); return; }
  }
  const rules = parseHeadersFile(await readFile(resolve(root, '_headers'), 'utf8').catch(() => ''));
  const headers: Record<string, string> = {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
    'Accept-Ranges': 'bytes',
    ...(status === 200 ? headersFor(rules, urlPath) : {}),
  };
  // Ranges are served from the file as it is; otherwise a precompressed copy when the browser takes one.
  const range = status === 200 ? parseRange(req.headers.range, (await stat(file)).size) : null;
  const copy = range === null ? await encodedCopy(file, String(req.headers['accept-encoding'] ?? '')) : null;
  if (copy) {
    headers['Content-Encoding'] = copy.encoding;
    headers.Vary = 'Accept-Encoding';
  }
  // Validators of the bytes this response would carry (the copy sent, or the file); a 404 page has none.
  if (status === 200) {
    const info = await stat(copy?.path ?? file);
    const etag = etagOf(info, copy?.encoding);
    headers.ETag = etag;
    headers['Last-Modified'] = new Date(info.mtimeMs).toUTCString();
    if ((req.method === 'GET' || req.method === 'HEAD') && notModified(req, etag, info.mtimeMs)) {
      res.writeHead(304, headers).end();
      return;
    }
  }
  if (range === 'unsatisfiable') {
    res.writeHead(416, { 'Content-Range': `bytes */${(await stat(file)).size}` }).end();
    return;
  }
  let body: Buffer;
  if (range) {
    // only the bytes asked for: a range read of a large file never loads the whole file
    body = await readRange(file, range[0], range[1] - range[0] + 1);
    headers['Content-Range'] = `bytes ${range[0]}-${range[1]}/${(await stat(file)).size}`;
    status = 206;
  } else body = await readFile(copy?.path ?? file);
  headers['Content-Length'] = String(body.length);
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

export function serveDist(port: number, { dir = 'dist', base = '/' }: ServeOptions = {}): Promise<Server> {
  const root = resolve(dir);
  const prefix = normaliseBase(base);
  const server = createServer((req, res) => {
    respond(req, res, root, prefix).catch((err: unknown) => { if (!res.headersSent) res.writeHead(500); res.end(String(err)); });
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? 4329);
  const dir = process.argv[3] ?? 'dist';
  const base = normaliseBase(process.argv[4] ?? process.env.BASE_PATH ?? '/');
  await serveDist(port, { dir, base });
  console.log(`Serving ${dir}/ at http://localhost:${port}${base}`);
}
