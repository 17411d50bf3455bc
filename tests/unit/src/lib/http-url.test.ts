import assert from 'node:assert/strict';
import { test } from 'node:test';
import { httpUrl } from '../../../../src/lib/http-url.ts';

test('only absolute http(s) addresses pass', () => {
  for (const ok of ['http://www.nhc.gov.cn/a.shtml', 'https://example.org/x?y=1#z', 'HTTPS://EXAMPLE.ORG/']) assert.equal(httpUrl(ok), ok);
  assert.equal(httpUrl('  https://example.org/  '), 'https://example.org/');
});

test('script, data and other schemes, relative paths, broken and non-text values are dropped', () => {
  for (const bad of [
    'javascript:alert(document.domain)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', '//evil.example/x', '/sources/', 'www.nhc.gov.cn',
    'http://', 'https://exa mple.org/', 'http://x/\nx', 'https:javascript:alert(1)', '', null, undefined, 42,
  ]) assert.equal(httpUrl(bad), null, String(bad));
});
