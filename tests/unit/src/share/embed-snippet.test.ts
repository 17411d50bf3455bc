import assert from 'node:assert/strict';
import { test } from 'node:test';
import { embedSnippet, embedUrl } from '../../../../src/share/embed-snippet.ts';

const base = {
  origin: 'https://example.org', chartId: 'urban-rural-density', lang: 'zh' as const,
  state: { cadre: 'nurses', area: 'all' }, defaults: { cadre: 'physicians', area: 'all' }, theme: 'auto' as const,
};

test('embed URL keeps non-default state only, in the page language', () => {
  assert.equal(embedUrl(base), 'https://example.org/embed/urban-rural-density/?cadre=nurses');
  assert.equal(embedUrl({ ...base, lang: 'en', state: base.defaults }), 'https://example.org/en/embed/urban-rural-density/');
  assert.equal(embedUrl({ ...base, theme: 'dark', interactive: true }),
    'https://example.org/embed/urban-rural-density/?cadre=nurses&theme=dark&interactive=1');
});

test('snippet is an iframe with a fixed fallback height plus the resize script', () => {
  const s = embedSnippet({ ...base, title: 'A "quoted" <title>' });
  const [iframe, script] = s.split('\n');
  assert.match(iframe!, /^<iframe src="https:\/\/example\.org\/embed\/urban-rural-density\/\?cadre=nurses"/);
  assert.match(iframe!, /title="A &quot;quoted&quot; &lt;title&gt;"/);
  assert.match(iframe!, /data-chwd-embed="urban-rural-density"/);
  assert.match(iframe!, /height="560"/);
  // Sandboxed: no top navigation, forms or modals; its own origin, popups and downloads only; no features, no referrer.
  const sandbox = iframe!.match(/ sandbox="([^"]*)"/)![1]!.split(' ').sort();
  assert.deepEqual(sandbox, ['allow-downloads', 'allow-popups', 'allow-popups-to-escape-sandbox', 'allow-same-origin', 'allow-scripts']);
  assert.match(iframe!, / allow="" referrerpolicy="no-referrer"/);
  assert.match(iframe!, /<\/iframe>$/);
  assert.equal(script, '<script src="https://example.org/embed.js" async></script>');
});

test('state values are URL-encoded', () => {
  assert.equal(embedUrl({ ...base, state: { cadre: 'a&b=c' } }), 'https://example.org/embed/urban-rural-density/?cadre=a%26b%3Dc');
});
