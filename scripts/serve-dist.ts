/**
 * Serves the production build (dist/) over HTTP for the browser tests and the benchmark, like a plain static host:
 * directory URLs → index.html, gzip for compressible types. Used instead of `astro preview`, which allows only one
 * running preview server per project (several test runs on a shared machine would collide).
 *
 * CLI: node scripts/serve-dist.ts [port] [dir]
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.wasm': 'application/wasm', '.arrow': 'application/vnd.apache.arrow.stream', '.parquet': 'application/vnd.apache.parquet',
  '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml', '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.wasm', '.arrow', '.csv', '.txt', '.xml']);

export function serveDist(port: number, dir = 'dist'): Promise<Server> {
  const root = resolve(dir);
  const gzipped = new Map<string, Buffer>();
  // (Buffers are typed loosely: readFile and gzipSync disagree on their ArrayBuffer type parameter.)
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
      if (path.endsWith('/')) file = join(file, 'index.html');
      else if ((await stat(file).catch(() => null))?.isDirectory()) { res.writeHead(301, { Location: `${path}/` }).end(); return; }
      let body: Buffer | null = await readFile(file).catch(() => null);
      let status = 200;
      if (!body) {
        body = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found') as Buffer);
        status = 404;
        file = join(root, '404.html');
      }
      const ext = extname(file);
      const headers: Record<string, string> = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
      if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        // Keyed by modification time too: a rebuild while the server runs must never serve stale files.
        const key = `${file}:${(await stat(file).catch(() => null))?.mtimeMs ?? 0}:${body.length}`;
        let gz = gzipped.get(key);
        if (!gz) { gz = gzipSync(body); if (status === 200) gzipped.set(key, gz); }
        body = gz as Buffer;
        headers['Content-Encoding'] = 'gzip';
        headers.Vary = 'Accept-Encoding';
      }
      headers['Content-Length'] = String(body!.length);
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body!);
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? 4329);
  await serveDist(port, process.argv[3] ?? 'dist');
  console.log(`Serving dist/ at http://127.0.0.1:${port}/`);
}
