/**
 * Brotli and gzip copies next to the build's text files (`x.js` → `x.js.br`, `x.js.gz`), for hosts that serve
 * precompressed files (nginx gzip_static/brotli_static, Caddy `precompressed`, S3 with Content-Encoding metadata;
 * docs/deploy.md). Already-compressed formats (Parquet, the gzip-shipped wasm, images) are left alone, and so is
 * any copy that would save less than a tenth.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.csv', '.txt', '.xml', '.arrow', '.md']);
/** Smaller files gain too little to be worth a second request path. */
export const MIN_BYTES = 1024;
export const ENCODINGS = { br: '.br', gzip: '.gz' } as const;

const br = promisify(brotliCompress);
const gz = promisify(gzip);

async function* walk(dir: string): AsyncGenerator<string> {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walk(path);
    else if (e.isFile()) yield path;
  }
}

/** Writes the copies under `dir`; returns how many files got them. */
export async function precompress(dir: string): Promise<number> {
  const jobs: Promise<boolean>[] = [];
  for await (const file of walk(dir)) {
    if (!COMPRESSIBLE.has(extname(file)) || (await stat(file)).size < MIN_BYTES) continue;
    jobs.push((async () => {
      const body = await readFile(file);
      // Quality 11 is slow on megabytes and gains little there over 9.
      const quality = body.length > 1 << 20 ? 9 : 11;
      const [b, g] = await Promise.all([
        br(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
        gz(body, { level: 9 }),
      ]);
      if (g.length > body.length * 0.9) return false;
      await Promise.all([writeFile(file + ENCODINGS.br, b), writeFile(file + ENCODINGS.gzip, g)]);
      return true;
    })());
  }
  return (await Promise.all(jobs)).filter(Boolean).length;
}
