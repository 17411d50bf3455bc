import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { root } from '../../helpers/pipeline.ts';
import { headerRules, headersFile, headersFor, IMMUTABLE, parseHeadersFile } from '../../../../src/integrations/headers.ts';

test('_headers round-trips: what the build writes is what the server reads', () => {
  for (const base of ['/', '/chwd/']) assert.deepEqual(parseHeadersFile(headersFile(headerRules(base, ['index', 'training']))), headerRules(base, ['index', 'training']));
});

test('every path gets the Content-Security-Policy; embeds may be framed anywhere, pages only by the site', () => {
  const rules = headerRules('/chwd/', ['index', 'training']);
  const policies = (path: string) => headersFor(rules, path)['Content-Security-Policy']!.split(', ');
  const base = policies('/chwd/data/x.arrow');
  assert.equal(base.length, 1);
  for (const directive of ["default-src 'self'", "connect-src 'self' blob:", "object-src 'none'", "base-uri 'self'", "worker-src 'self' blob:"]) {
    assert.ok(base[0]!.split('; ').includes(directive), directive);
  }
  // Scripts: the site's files and the hashed inline head scripts only; no host, wildcard, inline code or eval.
  assert.match(base[0]!.split('; ').find((d) => d.startsWith('script-src'))!, /^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]+=')+$/);
  assert.doesNotMatch(base[0]!, /https?:|\*/);
  for (const page of ['/chwd/', '/chwd/training/', '/chwd/en/', '/chwd/en/training/']) {
    assert.deepEqual(policies(page), [base[0], `${base[0]}; frame-ancestors 'self'`], page);
  }
  for (const embed of ['/chwd/embed/training-gps/', '/chwd/en/embed/training-gps/']) {
    assert.deepEqual(policies(embed), [base[0], `${base[0]}; frame-ancestors *`], embed);
  }
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
  // The policy is written as <policy> there (it changes with the inline scripts' hashes).
  const policy = everyPath.headers['Content-Security-Policy']!;
  for (const r of rules.filter((x) => x !== everyPath && x.path.endsWith('*'))) {
    const block = nginx.slice(nginx.indexOf(`location ${r.path.replace('*', '')} {`));
    const body = block.slice(0, block.indexOf('}'));
    for (const [k, v] of Object.entries({ ...everyPath.headers, ...r.headers })) {
      assert.ok(body.includes(`add_header ${k} "${v.replace(policy, '<policy>')}" always;`), `${r.path}: ${k}`);
    }
  }
  assert.ok(nginx.includes(`location /chwd/ {\n    add_header X-Content-Type-Options "nosniff" always;\n    add_header Content-Security-Policy "<policy>; frame-ancestors 'self'" always;`));
});
