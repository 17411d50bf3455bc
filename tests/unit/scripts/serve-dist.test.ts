import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { normaliseBase, parseRange, resolvePath, serveDist } from '../../../scripts/serve-dist.ts';
import { tempDir } from '../helpers/temp-dir.ts';

test('resolvePath keeps every request inside the root and under the base', () => {
  const root = '/srv/dist';
  assert.equal(resolvePath(root, '/chwd/', '/chwd/en/index.html'), '/srv/dist/en/index.html');
  assert.equal(resolvePath(root, '/chwd/', '/chwd/'), '/srv/dist');
  assert.equal(resolvePath(root, '/chwd/', '/chwd'), '/srv/dist');
  assert.equal(resolvePath(root, '/chwd/', '/en/'), null, 'outside the base');
  assert.equal(resolvePath(root, '/chwd/', '/chwdx/'), null, 'a look-alike of the base');
  for (const escape of ['/chwd/..%2Fdist-suffix/', '/chwd/..%2F..%2Fetc%2Fpasswd', '/chwd/a/..%2F..%2Fx', '/chwd/%2E%2E/x', '/chwd/..%5Cx', '/chwd/%00', '/chwd/%E0%A4%A']) {
    assert.equal(resolvePath(root, '/chwd/', escape), null, escape);
  }
  assert.equal(resolvePath(root, '/', '/..%2Fdist-suffix/'), null);
});

test('normaliseBase and parseRange', () => {
  assert.equal(normaliseBase(''), '/');
  assert.equal(normaliseBase('chwd'), '/chwd/');
  assert.equal(normaliseBase('/a/b/'), '/a/b/');
  assert.deepEqual(parseRange('bytes=0-9', 100), [0, 9]);
  assert.deepEqual(parseRange('bytes=90-', 100), [90, 99]);
  assert.deepEqual(parseRange('bytes=-10', 100), [90, 99]);
  assert.deepEqual(parseRange('bytes=50-500', 100), [50, 99]);
  assert.equal(parseRange('bytes=100-', 100), 'unsatisfiable');
  assert.equal(parseRange('bytes=0-1,5-6', 100), null);
  assert.equal(parseRange(undefined, 100), null);
});

test('serves like a static host: precompressed copies, never compressing on the fly; ranges; base; 404 page; _headers', async () => {
  const dir = tempDir('serve-dist-');
  await mkdir(join(dir, 'en'));
  const html = '<p>hello</p>'.repeat(200);
  await writeFile(join(dir, 'index.html'), html);
  await writeFile(join(dir, 'index.html.br'), brotliCompressSync(html));
  await writeFile(join(dir, 'index.html.gz'), gzipSync(html));
  await writeFile(join(dir, 'en/index.html'), html);
  await writeFile(join(dir, '404.html'), 'missing');
  await writeFile(join(dir, '_headers'), '/chwd/*\n  X-Test: yes\n');
  const server = await serveDist(0, { dir, base: '/chwd/' });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const get = (path: string, headers: Record<string, string> = {}) => fetch(origin + path, { headers, redirect: 'manual' });
    let r = await get('/chwd/', { 'Accept-Encoding': 'gzip, br' });
    assert.equal(r.headers.get('content-encoding'), 'br');
    assert.equal(r.headers.get('x-test'), 'yes');
    assert.equal(await r.text(), html);
    r = await get('/chwd/', { 'Accept-Encoding': 'gzip' });
    assert.equal(r.headers.get('content-encoding'), 'gzip');
    r = await get('/chwd/en/', { 'Accept-Encoding': 'gzip, br' });
    assert.equal(r.headers.get('content-encoding'), null, 'no copy, so no compression');
    assert.equal(Number(r.headers.get('content-length')), html.length);
    r = await get('/chwd/', { Range: 'bytes=3-7', 'Accept-Encoding': 'br' });
    assert.equal(r.status, 206);
    assert.equal(r.headers.get('content-range'), `bytes 3-7/${html.length}`);
    assert.equal(await r.text(), html.slice(3, 8));
    r = await get('/chwd/en');
    assert.equal(r.status, 301);
    assert.equal(r.headers.get('location'), '/chwd/en/');
    for (const path of ['/', '/en/', '/chwd/nope/', '/chwd/..%2Fserve-dist-x/']) {
      r = await get(path);
      assert.equal(r.status, 404, path);
      assert.equal(await r.text(), 'missing');
    }
  } finally {
    server.close();
  }
});

test('sends validators and answers a current copy with 304, like a static host', async () => {
  const dir = tempDir('serve-dist-');
  const body = 'x'.repeat(500);
  await writeFile(join(dir, 'a.js'), body);
  await writeFile(join(dir, 'a.js.br'), brotliCompressSync(body));
  await writeFile(join(dir, '404.html'), 'missing');
  const server = await serveDist(0, { dir });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const get = (path: string, headers: Record<string, string> = {}) => fetch(origin + path, { headers });
    const plain = await get('/a.js');
    const etag = plain.headers.get('etag')!;
    const modified = plain.headers.get('last-modified')!;
    assert.match(etag, /^W\/"[0-9a-f]+-[0-9a-f]+"$/);
    assert.ok(!Number.isNaN(Date.parse(modified)));
    const br = await get('/a.js', { 'Accept-Encoding': 'br' });
    assert.notEqual(br.headers.get('etag'), etag, 'the compressed copy is other bytes, so another tag');

    let r = await get('/a.js', { 'If-None-Match': etag });
    assert.equal(r.status, 304);
    assert.equal(await r.text(), '');
    assert.equal(r.headers.get('etag'), etag);
    r = await get('/a.js', { 'If-None-Match': `"other", ${etag.slice(2)}` });
    assert.equal(r.status, 304, 'one of several tags, compared weakly');
    r = await get('/a.js', { 'If-None-Match': '"other"' });
    assert.equal(r.status, 200);
    assert.equal(await r.text(), body);
    r = await get('/a.js', { 'If-None-Match': etag, 'Accept-Encoding': 'br' });
    assert.equal(r.status, 200, "the plain file's tag does not validate the brotli copy");
    r = await get('/a.js', { 'If-Modified-Since': modified });
    assert.equal(r.status, 304);
    r = await get('/a.js', { 'If-Modified-Since': new Date(Date.parse(modified) - 60_000).toUTCString() });
    assert.equal(r.status, 200);
    r = await get('/a.js', { 'If-None-Match': '"other"', 'If-Modified-Since': modified });
    assert.equal(r.status, 200, 'If-None-Match wins over If-Modified-Since');
    r = await get('/nope.js', { 'If-None-Match': '*' });
    assert.equal(r.status, 404, 'the 404 page is never "not modified"');
    assert.equal(r.headers.get('etag'), null);
  } finally {
    server.close();
  }
});
