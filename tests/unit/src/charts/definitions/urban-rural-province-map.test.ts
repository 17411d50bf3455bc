/**
 * Tile labels of the province map adapt to the drawing width: full names where they fit, one-character Chinese
 * abbreviations / two-letter codes only on narrow charts, values shortened or left out rather than spilling over.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderPlotHtml } from '../../../../../src/charts/frame-html.ts';
import { serverDocument } from '../../../../../src/charts/frame-inputs.ts';
import { createNodeRunner } from '../../../../../src/queries/node.ts';
import chart from '../../../../../src/charts/definitions/urban-rural-province-map.ts';
import type { Lang } from '../../../../../src/contract/schema.ts';

const runner = createNodeRunner();
const HEADCOUNT = { series: 'health_technicians.headcount.persons.-', year: 1999 };
const DENSITY_1999 = { series: 'health_technicians.density.per_1000.unspecified', year: 1999 };

async function texts(state: typeof chart.defaults, lang: Lang, width: number): Promise<string[]> {
  const { name, params } = chart.query(state);
  const rows = await runner.query(name, params);
  const html = renderPlotHtml(chart as never, rows, state, { lang, width, theme: 'light' }, serverDocument());
  // Text marks of the tile SVG (the last one; the legend comes first). Tooltips are <title>s with the full name.
  const tiles = html.slice(html.lastIndexOf('<svg'));
  return [...tiles.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
}

test('Chinese: full three-character names on wide charts, 黑/蒙 only on the narrowest', async () => {
  const wide = await texts(DENSITY_1999, 'zh', 1200);
  assert.ok(wide.includes('黑龙江') && wide.includes('内蒙古') && wide.includes('北京'));
  const narrow = await texts(DENSITY_1999, 'zh', 280);
  assert.ok(narrow.includes('黑') && narrow.includes('蒙') && !narrow.includes('黑龙江'));
  assert.ok(narrow.includes('北京'), 'two-character names stay whole');
  assert.ok(narrow.includes('9.31'), 'Beijing 1999: 9.31 per 1,000 (CSY 2000 Table 21-17)');
});

test('English: full names where they fit, two-letter codes for every tile otherwise', async () => {
  const wide = await texts(chart.defaults, 'en', 1200);
  assert.ok(wide.includes('Heilongjiang') && wide.includes('Inner Mongolia'));
  const narrow = await texts(chart.defaults, 'en', 300);
  assert.ok(narrow.includes('HL') && narrow.includes('BJ') && !narrow.includes('Beijing'));
});

test('headcounts: in full when wide, compact or left out (never spilling) when narrow', async () => {
  assert.ok((await texts(HEADCOUNT, 'en', 1200)).includes('117,000'), 'Beijing 1999: 117,000 (CSY 2000 Table 21-17)');
  const en300 = await texts(HEADCOUNT, 'en', 300);
  assert.ok(en300.includes('117K') && !en300.includes('117,000'));
  const zh300 = await texts(HEADCOUNT, 'zh', 300);
  assert.ok(!zh300.some((t) => /\d/.test(t)), `values too wide for 300 px tiles are left out: ${zh300.join(' ')}`);
});

test('the note under the map counts one province in the singular', async () => {
  const state = { series: 'health_technicians.density.per_1000.household', year: 2015 };
  const { name, params } = chart.query(state);
  const rows = await runner.query(name, params);
  assert.equal(chart.coverage!(rows, state, 'en'), 'Figures for 1 province in 2015; 30 without; this indicator also has provincial figures for 2006–2007.');
  assert.equal(chart.coverage!(rows, state, 'zh'), '本图有2015年1个省份的数字，30个省份没有；该指标另有2006–2007年的省级数字。');
});
