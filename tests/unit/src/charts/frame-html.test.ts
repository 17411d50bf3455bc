import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawPlotNode, renderSourceLineHtml, renderTableHtml, sourcesUsed, renderPlotHtml } from '../../../../src/charts/frame-html.ts';
import { serverDocument } from '../../../../src/charts/frame-inputs.ts';
import { sourceHref } from '../../../../src/lib/paths.ts';
import type { SourceInfo } from '../../../../src/contract/rows.ts';
import urbanRuralVillage from '../../../../src/charts/definitions/urban-rural-village.ts';

test('table cells use the language column when present and Intl number formats', () => {
  const html = renderTableHtml(
    [{ area: 'urban', area_zh: '城市', area_en: 'Urban', value: 1234.5, year: 2018 }],
    [{ key: 'year', label: { zh: '年份', en: 'Year' }, format: 'year' }, { key: 'area', label: { zh: '地区', en: 'Area' }, format: 'text' }, { key: 'value', label: { zh: '数值', en: 'Value' }, format: 'number' }],
    'en',
  );
  assert.match(html, /<td class="num">2018<\/td><td>Urban<\/td><td class="num">1,234\.5<\/td>/);
});

const copy = (id: string, host: string, kind: string, over: Partial<SourceInfo> = {}): SourceInfo => ({
  id, publisher: host, title: `page on ${host}`, url: `http://${host}/p`, kind: 'reprint', host, copy_kind: kind, copy_kind_zh: kind, copy_kind_en: kind,
  is_mirror: kind === 'mirror', original_id: 'bulletin-2023', original_publisher: '国家卫生健康委员会', original_publisher_en: 'National Health Commission',
  original_title: '2023年我国卫生健康事业发展统计公报', original_title_en: 'Statistical Bulletin on the Development of Health Care in China, 2023',
  original_date: '2024-08-29', original_locator: '二、卫生资源 (三)卫生人员', original_note: null, ...over,
});

test('source line names each original publication once, then the copies read, marking mirrors and secondary figures', () => {
  const rows = [{ source_id: 'mirror-copy', is_secondary: true }, { source_id: 'news-copy', is_secondary: false }, { source_id: 'mirror-copy', is_secondary: true }];
  assert.deepEqual(sourcesUsed(rows), [{ id: 'mirror-copy', secondary: true }, { id: 'news-copy', secondary: false }]);
  const sources = new Map([['mirror-copy', copy('mirror-copy', '010baizhang.com', 'mirror')], ['news-copy', copy('news-copy', 'en.people.cn', 'news reprint')]]);
  const en = renderSourceLineHtml(rows, sources, 'en', (id) => sourceHref(id, 'en'));
  // one original, named first (English gloss, date; the Chinese section name is left out on English pages) …
  assert.equal((en.match(/Statistical Bulletin/g) ?? []).length, 1);
  assert.match(en, /^<span class="source-label">Source: <\/span><a href="\/en\/sources\/#source-mirror-copy">National Health Commission: Statistical Bulletin on the Development of Health Care in China, 2023, 2024-08-29<\/a>/);
  // … then "read from" each copy, the mirror marked
  assert.match(en, /read from: <a href="http:\/\/010baizhang\.com\/p" rel="noopener nofollow">010baizhang\.com<\/a>, <span class="copy-kind mirror-mark">mirror<\/span>; <a href="http:\/\/en\.people\.cn\/p"/);
  assert.doesNotMatch(en, /[\u3400-\u9fff]/, 'no untranslated Chinese on the English page');
  assert.doesNotMatch(en.replace(/href="[^"]*"/g, ''), /mirror-copy|news-copy/, 'internal ids are never shown');
  const zh = renderSourceLineHtml(rows, sources, 'zh', (id) => sourceHref(id, 'zh'));
  assert.match(zh, /国家卫生健康委员会《2023年我国卫生健康事业发展统计公报》，2024-08-29，二、卫生资源 \(三\)卫生人员<\/a>/);
});

test('a source whose original cannot be identified says so, and shows its copy', () => {
  const html = renderSourceLineHtml([{ source_id: 'x', is_secondary: true }],
    new Map([['x', copy('x', 'askci.com', 'compilation', { original_id: 'x', original_publisher: null, original_publisher_en: null, original_title: null, original_title_en: null, original_date: null, original_locator: null, original_note: 'not named' })]]),
    'en', (id) => sourceHref(id, 'en'));
  assert.match(html, />original publication not identified<\/a> <span class="secondary-mark">\(secondary source\)<\/span> <span class="read-from">\(read from: <a[^>]*>askci\.com<\/a>/);
});

test('a table shows the original publication and the value as printed: qualifier and decimals kept', () => {
  const html = renderTableHtml(
    [{ year: 2020, value: 2.9, precision: 2, qualifier: null, source: 'x', source_en: 'NHC: Bulletin 2020', source_id: 'jiankangribao-x' },
      { year: 2023, value: 80, precision: 0, qualifier: 'more_than', qualifier_printed: '超过', value_published: '超过80', source_en: 'NHC: Bulletin 2023', source_id: 'mirror-y' }],
    [{ key: 'year', label: { zh: '年份', en: 'Year' }, format: 'year' }, { key: 'value', label: { zh: '数值', en: 'Value' }, format: 'number' }, { key: 'source', label: { zh: '来源', en: 'Source' }, format: 'text' }],
    'en',
  );
  assert.match(html, /<td class="num">2\.90<\/td><td>NHC: Bulletin 2020<\/td>/);
  assert.match(html, /<td class="num">more than 80<\/td>/);
  assert.doesNotMatch(html, /jiankangribao|mirror-y/);
});

test('server-side Plot render (linkedom) gives an SVG with the gap kept as a gap', () => {
  const rows = [1980, 1985, 1986].map((year, i) => ({ year, value: [1.79, 1.55, 1.5][i], unit_en: 'per 1,000', source_id: 's', is_secondary: false, series_break: false }));
  const html = renderPlotHtml(urbanRuralVillage as never, rows, urbanRuralVillage.defaults, { lang: 'en', width: 640, theme: 'light' }, serverDocument());
  assert.match(html, /^<svg/);
  // 1980 and 1985 are not consecutive years: the line is two paths (1980 alone; 1985–1986), never one across the gap.
  // Line paths are the only paths stroked with the series colour (axes use currentColor, dots are circles).
  const paths = html.match(/<path d="M[^"]*"(?= stroke="#009E73")/g) ?? [];
  assert.equal(paths.length, 2);
  assert.ok(paths.every((d) => (d.match(/[ML]/g) ?? []).length <= 2), `a path bridges the gap: ${paths.join(' ')}`);
  assert.match(html, /aria-label="1\.79 in 1980, 1\.5 in 1986/);
  // The browser makes the chart's options in one task and draws them in the next: the same drawing.
  const ctx = { lang: 'en', width: 640, theme: 'light' } as const;
  const node = drawPlotNode(urbanRuralVillage as never, rows, urbanRuralVillage.defaults, ctx, serverDocument(), urbanRuralVillage.plot(rows as never, urbanRuralVillage.defaults, ctx));
  assert.equal(node.outerHTML, html);
});

test('a source address that is not http(s) never becomes a link in the source line', () => {
  for (const url of ['javascript:alert(document.domain)', 'data:text/html,<script>alert(1)</script>', ' JAVASCRIPT:alert(1)']) {
    const html = renderSourceLineHtml([{ source_id: 'x', is_secondary: false }], new Map([['x', copy('x', 'example.org', 'reprint', { url })]]), 'en', (id) => sourceHref(id, 'en'));
    assert.doesNotMatch(html, /javascript:|data:/i);
    assert.match(html, /read from: example\.org, /, 'the copy is still named, without a link');
  }
});
