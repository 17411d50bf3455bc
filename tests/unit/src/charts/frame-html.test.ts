import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderSourceLineHtml, renderTableHtml, sourcesUsed, renderPlotHtml } from '../../../../src/charts/frame-html.ts';
import { serverDocument } from '../../../../src/charts/frame-inputs.ts';
import { sourceHref } from '../../../../src/lib/paths.ts';
import urbanRuralVillage from '../../../../src/charts/definitions/urban-rural-village.ts';

test('table cells use the language column when present and Intl number formats', () => {
  const html = renderTableHtml(
    [{ area: 'urban', area_zh: '城市', area_en: 'Urban', value: 1234.5, year: 2018 }],
    [{ key: 'year', label: { zh: '年份', en: 'Year' }, format: 'year' }, { key: 'area', label: { zh: '地区', en: 'Area' }, format: 'text' }, { key: 'value', label: { zh: '数值', en: 'Value' }, format: 'number' }],
    'en',
  );
  assert.match(html, /<td class="num">2018<\/td><td>Urban<\/td><td class="num">1,234\.5<\/td>/);
});

test('source line links every source once, marking secondary ones', () => {
  const rows = [{ source_id: 'a', is_secondary: false }, { source_id: 'b', is_secondary: true }, { source_id: 'a', is_secondary: false }];
  assert.deepEqual(sourcesUsed(rows), [{ id: 'a', secondary: false }, { id: 'b', secondary: true }]);
  const html = renderSourceLineHtml(rows, new Map([['a', { id: 'a', publisher: 'NBS', title: 'Yearbook', url: null, kind: 'official_table' }]]), 'en', (id) => sourceHref(id, 'en'));
  assert.match(html, /href="\/en\/sources\/#source-a">NBS: Yearbook<\/a>/);
  assert.match(html, /href="\/en\/sources\/#source-b">b<\/a> <span class="secondary-mark">\(secondary source\)<\/span>/);
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
});
