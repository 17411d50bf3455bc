import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { COMPRESSIBLE, ENCODINGS, MIN_BYTES, precompress } from '../../../../src/integrations/precompress.ts';
import { root } from '../../helpers/pipeline.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

async function files(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) out.push(join(e.parentPath, e.name));
  return out;
}

/** Every text file of `dir` large enough has both copies, and each inflates to exactly the original. */
async function assertCopies(dir: string): Promise<number> {
  const all = new Set(await files(dir));
  let checked = 0;
  for (const file of all) {
    if (!COMPRESSIBLE.has(extname(file))) continue;
    const body = await readFile(file);
    const br = file + ENCODINGS.br;
    const gz = file + ENCODINGS.gzip;
    if (body.length < MIN_BYTES) { assert.ok(!all.has(br) && !all.has(gz), `${file}: too small for copies`); continue; }
    if (!all.has(gz)) continue; // compressed too poorly to be worth it (checked below on known text)
    assert.ok(all.has(br), `${br} exists`);
    assert.ok(brotliDecompressSync(await readFile(br)).equals(body), `${br} inflates to the original`);
    assert.ok(gunzipSync(await readFile(gz)).equals(body), `${gz} inflates to the original`);
    checked++;
  }
  return checked;
}

test('precompress writes .br and .gz copies of text files that inflate to the originals, and nothing else', async () => {
  const dir = tempDir('precompress-');
  await mkdir(join(dir, 'a/b'), { recursive: true });
  const text = 'the same line of text, again and again\n'.repeat(200);
  await writeFile(join(dir, 'index.html'), `<p>${text}</p>`);
  await writeFile(join(dir, 'a/b/app.js'), `console.log(${JSON.stringify(text)});`);
  await writeFile(join(dir, 'small.css'), 'p{}');
  await writeFile(join(dir, 'data.parquet'), text);
  await writeFile(join(dir, 'noise.txt'), randomBytes(4096)); // incompressible: no copies
  assert.equal(await precompress(dir), 2);
  const names = (await files(dir)).map((f) => f.slice(dir.length + 1)).sort();
  assert.deepEqual(names, [
    'a/b/app.js', 'a/b/app.js.br', 'a/b/app.js.gz', 'data.parquet', 'index.html', 'index.html.br', 'index.html.gz', 'noise.txt', 'small.css',
  ]);
  assert.equal(await assertCopies(dir), 2);
});

const dist = join(root, 'dist');
test('the build (dist/) has brotli and gzip copies of its text files that inflate to the originals', { skip: existsSync(join(dist, 'index.html')) ? false : 'no build in dist/ (npm run build)' }, async () => {
  const checked = await assertCopies(dist);
  assert.ok(checked > 20, `copies of many files (found ${checked})`);
  for (const page of ['index.html', 'en/index.html', '404.html']) assert.ok(existsSync(join(dist, page + ENCODINGS.br)), `${page} has a brotli copy`);
});
