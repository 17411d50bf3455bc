import { test } from 'node:test';
import assert from 'node:assert/strict';
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
