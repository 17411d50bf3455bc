import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { root } from '../../helpers/pipeline.ts';
import { headerRules, headersFile, headersFor, IMMUTABLE, parseHeadersFile } from '../../../../src/integrations/headers.ts';

test('_headers round-trips: what the build writes is what the server reads', () => {
  for (const base of ['/', '/chwd/']) assert.deepEqual(parseHeadersFile(headersFile(headerRules(base))), headerRules(base));
});

test('hashed assets and DuckDB are cached for good, pages are not; every path gets the site-wide headers', () => {
  const rules = headerRules('/chwd/');
  assert.equal(headersFor(rules, '/chwd/_astro/chart-draw.B1x2.js')['Cache-Control'], IMMUTABLE);
  assert.equal(headersFor(rules, '/chwd/duckdb/1.32.0/duckdb-eh.wasm.gz')['Cache-Control'], IMMUTABLE);
  assert.equal(headersFor(rules, '/chwd/en/training/')['Cache-Control'], undefined);
  assert.equal(headersFor(rules, '/chwd/')['X-Content-Type-Options'], 'nosniff');
  assert.deepEqual(headersFor(rules, '/other/_astro/x.js'), {});
});

test('parseHeadersFile skips comments and blank lines', () => {
  assert.deepEqual(parseHeadersFile('# note\n\n/a/*\n  X-Test: 1\n'), [{ path: '/a/*', headers: { 'X-Test': '1' } }]);
});

test('the nginx equivalent in docs/deploy.md sends the same headers as _headers', () => {
  const doc = readFileSync(`${root}docs/deploy.md`, 'utf8');
  const nginx = doc.slice(doc.indexOf('```nginx'), doc.indexOf('```', doc.indexOf('```nginx') + 3));
  const rules = headerRules('/chwd/');
  const everyPath = rules.find((r) => r.path === '/chwd/*')!;
  for (const r of rules.filter((x) => x !== everyPath)) {
    const block = nginx.slice(nginx.indexOf(`location ${r.path.replace('*', '')} {`));
    const body = block.slice(0, block.indexOf('}'));
    for (const [k, v] of Object.entries({ ...everyPath.headers, ...r.headers })) assert.ok(body.includes(`add_header ${k} "${v}" always;`), `${r.path}: ${k}`);
  }
});
