import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { BUILD_SCRIPTS, DEV_NO_PRERENDER, EMBED_MODE, PAGE_THEME } from '../../../../src/lib/head-scripts.ts';
import { contentSecurityPolicy, frameAncestors, scriptHash } from '../../../../src/site/csp.ts';

test('the policy allows exactly the inline scripts a built page carries, by hash; never the development switch', () => {
  const policy = contentSecurityPolicy();
  assert.equal(scriptHash('x'), `'sha256-${createHash('sha256').update('x').digest('base64')}'`);
  assert.deepEqual(BUILD_SCRIPTS, [PAGE_THEME, EMBED_MODE]);
  const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src '))!;
  assert.equal(scriptSrc, `script-src 'self' 'wasm-unsafe-eval' ${scriptHash(PAGE_THEME)} ${scriptHash(EMBED_MODE)}`);
  assert.ok(!policy.includes(scriptHash(DEV_NO_PRERENDER)));
  assert.ok(!policy.includes('frame-ancestors'), 'frame-ancestors works only as a header');
  assert.equal(frameAncestors(true), 'frame-ancestors *');
  assert.equal(frameAncestors(false), "frame-ancestors 'self'");
});
