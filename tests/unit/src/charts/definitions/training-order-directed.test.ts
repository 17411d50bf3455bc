import { test } from 'node:test';
import assert from 'node:assert/strict';
import trainingOrderDirected from '../../../../../src/charts/definitions/training-order-directed.ts';
import { render } from '../../../helpers/render.ts';

test('order-directed plans: every year in the span has a slot; unpublished years are labelled, not zero', () => {
  const rows = [2015, 2017, 2020].map((year, i) => ({ year, value: [5500, 5810, 6822][i], value_published: '', geo_zh: '中西部', geo_en: 'Central and western regions', source_id: 's', is_secondary: false }));
  const opts = trainingOrderDirected.plot(rows, {}, { lang: 'zh', width: 640, theme: 'light' });
  assert.deepEqual((opts.x as { domain: number[] }).domain, [2015, 2016, 2017, 2018, 2019, 2020]);
  const html = render(trainingOrderDirected, rows, 'zh');
  assert.equal((html.match(/>未公布</g) ?? []).length, 3);
  assert.equal((html.match(/<rect/g) ?? []).length >= 3, true);
  assert.match(trainingOrderDirected.describe(rows, {}, 'en'), /latest 6,822 in 2020\./);
  assert.match(html, /2016、2018–2019年没有公布的数字/, 'the missing years are said, as in the visible note');
});

