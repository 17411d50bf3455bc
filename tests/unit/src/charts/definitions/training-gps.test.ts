import { test } from 'node:test';
import assert from 'node:assert/strict';
import trainingGps from '../../../../../src/charts/definitions/training-gps.ts';
import type { Row } from '../../../../../src/contract/rows.ts';
import { chartNotes, coverageOf, describeWithCoverage } from '../../../../../src/charts/frame-html.ts';
import { linePaths, render } from '../../../helpers/render.ts';

const obs = (year: number, value: number, extra: Row = {}): Row => ({
  kind: 'observed', year, value, value_high: null, value_published: String(value), unit: 'per_10000', unit_zh: '每万人口', unit_en: 'per 10 000 population',
  definition: null, policy_zh: null, policy_en: null, source_id: 'b', source_zh: '公报', source_en: 'Bulletin', is_secondary: false, series_break: false, is_derived: false, ...extra,
});
const target = (year: number, value: number, high: number | null, published: string): Row => ({
  ...obs(year, value), kind: 'target', value_high: high, value_published: published, policy_zh: '关于改革完善全科医生培养与使用激励机制的意见', policy_en: 'Opinions on GP training', source_id: 'p',
});
const gp = [obs(2013, 1.07, { is_secondary: true }), obs(2015, 1.38), obs(2016, 1.5), obs(2018, 2.22), obs(2019, 2.61), obs(2020, 2.9, { value_published: '2.90', precision: 2 }), obs(2023, 3.99, { precision: 2 }), target(2020, 2, 3, '2~3'), target(2030, 5, null, '5')];

test('GPs: targets drawn as a range (2020) and a point (2030); lines only join consecutive years', () => {
  const html = render(trainingGps, gp, 'en');
  assert.match(html, /2020 target 2–3/);
  assert.match(html, /2030 target 5/);
  // Runs: 2013 | 2015–2016 | 2018–2020 | 2023 → two drawn segments with L commands.
  const withSegments = linePaths(html).filter((d) => d.includes('L'));
  assert.equal(withSegments.length, 2);
  const opts = trainingGps.plot(gp, trainingGps.defaults, { lang: 'en', width: 640, theme: 'light' });
  const domain = (opts.x as { domain: number[] }).domain;
  assert.ok(domain[1]! >= 2030, 'x axis reaches the 2030 target');
});

test('GPs: describe gives the latest value with year, the gaps and the targets with actuals', () => {
  const en = trainingGps.describe(gp, trainingGps.defaults, 'en');
  assert.match(en, /to 3\.99 in 2023/);
  assert.match(en, /2020 target 2–3 \(actual 2\.90\)/, 'printed precision kept: 2.90, not 2.9');
  // The years without a figure are in the visible note, which is also part of what screen readers hear.
  const cover = coverageOf(trainingGps, gp, trainingGps.defaults, 'en');
  assert.match(cover, /2013–2023; none published for 2014, 2017, 2021–2022/);
  assert.ok(chartNotes(trainingGps, gp, trainingGps.defaults, 'en').includes(cover));
  assert.ok(describeWithCoverage(trainingGps, gp, trainingGps.defaults, 'en').includes(cover));
  const zh = trainingGps.describe(gp, trainingGps.defaults, 'zh');
  assert.match(zh, /2023年的3\.99/);
  for (const c of trainingGps.table(trainingGps.defaults)) assert.ok(c.key in gp[0]! || `${c.key}_en` in gp[7]!, c.key);
});

