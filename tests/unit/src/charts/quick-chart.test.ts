/** The Explore page's quick chart: its kind follows the result's shape, and it draws with the site's marks. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Cell, QueryResult, ResultColumn } from '../../../../src/contract/query-result.ts';
import { quickChoices, quickPlot } from '../../../../src/charts/quick-chart.ts';
import * as Plot from '@observablehq/plot';
import { serverDocument } from '../../../../src/charts/frame-inputs.ts';
import { linePaths, markData } from '../../helpers/render.ts';

const result = (columns: [string, ResultColumn['kind']][], rows: Cell[][]): QueryResult =>
  ({ columns: columns.map(([name, kind]) => ({ name, kind })), rows, capped: false, ms: 1 });

const series = result([['year', 'number'], ['cadre', 'text'], ['value', 'number'], ['qualifier', 'text']], [
  [2018, 'nurses', 2.94, null], [2019, 'nurses', 3.18, null], [2021, 'nurses', 3.56, null], [2022, 'nurses', 3.7, 'about'],
  [2018, 'doctors', 2.59, null], [2019, 'doctors', 2.77, null],
]);

test('a year column and a number → lines by the text column; bars and points are offered too', () => {
  const choices = quickChoices(series);
  assert.deepEqual(choices.map((c) => c.kind), ['line', 'bar', 'dot']);
  assert.deepEqual(choices[0], { kind: 'line', x: 'year', y: 'value', series: 'cadre' });
});

test('no lines where they would join different things: many provinces in one year, or one year only', () => {
  const provinces = result([['province', 'text'], ['year', 'number'], ['value', 'number']],
    Array.from({ length: 31 }, (_, i) => [`p${i}`, 2018, 2 + i / 10]));
  assert.deepEqual(quickChoices(provinces).map((c) => c.kind), ['bar', 'dot']);
  const twoYears = result([['province', 'text'], ['year', 'number'], ['value', 'number']],
    Array.from({ length: 31 }, (_, i) => [`p${i}`, 2018 + (i % 2), 2 + i / 10]));
  assert.equal(quickChoices(twoYears).some((c) => c.kind === 'line'), false, 'two provinces in one year are never joined');
  const oneSeries = result([['year', 'number'], ['value', 'number']], [[2018, 1], [2019, 2]]);
  assert.equal(quickChoices(oneSeries)[0]!.kind, 'line');
});

test('a category and a number → bars; two numbers without a year → points; text only → nothing', () => {
  const bars = result([['province', 'text'], ['value', 'number']], [['北京', 4.63], ['浙江', 3.33]]);
  assert.deepEqual(quickChoices(bars).map((c) => c.kind), ['bar']);
  const pairs = result([['density', 'number'], ['share', 'number']], [[1.2, 30], [2.5, 41]]);
  assert.deepEqual(quickChoices(pairs), [{ kind: 'dot', x: 'density', y: 'share', series: null }]);
  assert.deepEqual(quickChoices(result([['a', 'text']], [['x']])), []);
  assert.deepEqual(quickChoices(result([['year', 'number'], ['value', 'number']], [])), []);
});

test('lines never cross a missing year nor join an approximate figure; every figure keeps its point', () => {
  const spec = quickPlot(series, quickChoices(series)[0]!, 'en', 640);
  const data = markData(spec);
  const line = data[0] as { year: number; run: string; cadre: string }[];
  // nurses 2018–2019 and 2021 are separate runs; the approximate 2022 figure is not on a line.
  const nurseRuns = new Set(line.filter((r) => r.cadre === 'nurses').map((r) => r.run));
  assert.equal(nurseRuns.size, 2);
  assert.ok(!line.some((r) => r.year === 2022));
  assert.equal(data.slice(1, 4).reduce((n, d) => n + d.length, 0), series.rows.length);
  const svg = (Plot.plot({ ...spec, document: serverDocument() }) as unknown as { outerHTML: string }).outerHTML;
  assert.equal(linePaths(svg).length, 3);
});

test('bars follow the result order, one per row, labelled by the category', () => {
  const bars = result([['province_zh', 'text'], ['value', 'number']], [['北京', 4.63], ['浙江', 3.33], ['上海', 3.1]]);
  const spec = quickPlot(bars, quickChoices(bars)[0]!, 'zh', 640);
  assert.deepEqual((spec.y as { domain: string[] }).domain, ['北京', '浙江', '上海']);
  assert.equal(markData(spec)[0]!.length, 3);
});

test('with words, axes name the columns and series and bars name the codes; without, the names and codes as they are', () => {
  const words = {
    column: (n: string) => ({ year: 'Reference year', value: 'Value in the canonical unit' })[n] ?? n,
    value: (c: string, v: unknown) => (c === 'cadre' ? ({ nurses: 'Registered nurses', doctors: 'Doctors' })[String(v)] ?? String(v) : String(v)),
  };
  const line = quickPlot(series, quickChoices(series)[0]!, 'en', 640, words);
  assert.equal((line.x as { label: string }).label, 'Reference year');
  assert.equal((line.y as { label: string }).label, 'Value in the canonical unit');
  const svg = (Plot.plot({ ...line, document: serverDocument() }) as unknown as { outerHTML: string }).outerHTML;
  assert.match(svg, /Registered nurses/);
  assert.doesNotMatch(svg, />nurses</);
  const raw = quickPlot(series, quickChoices(series)[0]!, 'en', 640);
  assert.equal((raw.x as { label: string }).label, 'year');
  const bars = result([['cadre', 'text'], ['value', 'number']], [['nurses', 3.7], ['doctors', 2.77]]);
  assert.deepEqual((quickPlot(bars, quickChoices(bars)[0]!, 'en', 640, words).y as { domain: string[] }).domain, ['Registered nurses', 'Doctors']);
});
