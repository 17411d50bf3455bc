import { test } from 'node:test';
import assert from 'node:assert/strict';
import trainingResidency from '../../../../../src/charts/definitions/training-residency.ts';
import type { Row } from '../../../../../src/contract/rows.ts';
import { render, textLabels } from '../../../helpers/render.ts';

const res = (measure: string, year: number, value: number, published: string, kind = 'observed'): Row => ({
  kind, measure, measure_zh: measure === 'cumulative_certified' ? '累计获得合格证书人数' : '累计招收人数', measure_en: measure === 'cumulative_certified' ? 'Cumulative number certified' : 'Cumulative number enrolled',
  year, value, value_high: null, value_published: published, unit: 'persons', unit_en: 'persons', policy_en: 'Residency', policy_zh: '住培', source_id: 's', is_secondary: false,
});

test('residency: cumulative points only, 2020 target, describe with latest and certified', () => {
  const rows = [res('cumulative_enrolled', 2014, 55000, '55000'), res('cumulative_enrolled', 2018, 480000, '48'), res('cumulative_enrolled', 2023, 1070000, '107'),
    res('cumulative_certified', 2023, 640000, '64'), res('target_trained', 2020, 500000, 'about 500,000', 'target')];
  const html = render(trainingResidency, rows, 'en');
  assert.match(html, /2020 target 500,000/);
  const d = trainingResidency.describe(rows, {}, 'en');
  assert.match(d, /from 55,000 in 2014 to 1,070,000 in 2023/);
  assert.match(d, /640,000 were certified by 2023/);
});

const residencyRows = [
  res('cumulative_enrolled', 2014, 55000, '55000'), res('cumulative_enrolled', 2016, 190000, 'nearly 190,000'), res('cumulative_enrolled', 2017, 290000, '29'),
  res('cumulative_enrolled', 2018, 480000, '48'), res('cumulative_enrolled', 2022, 830000, '83'), res('cumulative_enrolled', 2023, 1070000, '107'),
  res('cumulative_enrolled', 2024, 1070000, '1.07 million'), res('cumulative_certified', 2023, 640000, '64'), res('target_trained', 2020, 500000, 'about 500,000', 'target'),
];

test('residency: value labels fit the width — none overlaps another or the target label, the latest stays', () => {
  for (const lang of ['zh', 'en'] as const) {
    for (const width of [300, 600, 1200]) {
      const opts = trainingResidency.plot(residencyRows, {}, { lang, width, theme: 'light' });
      const labels = textLabels(opts).filter((l) => l.row.kind === 'observed');
      const where = `${lang} ${width}px`;
      assert.ok(labels.some((l) => l.row.year === 2024 && l.row.measure === 'cumulative_enrolled'), `${where}: latest enrolled labelled`);
      assert.ok(labels.some((l) => l.row.measure === 'cumulative_certified'), `${where}: certified labelled`);
      // At 300 px the two 1.07 million points a year apart are ~21 px apart: at most one label sits above (the
      // other moves or is left to the tooltip).
      if (width === 300) assert.ok(labels.filter((l) => l.row.value === 1070000 && l.dy < 0).length <= 1, where);
      if (width >= 1200) assert.equal(labels.length, 8, `${where}: every value labelled`);
      if (width === 600) {
        // The 2020 target label ends at its diamond, just above the 2018 point: "48万" must not be drawn above it.
        const l2018 = labels.find((l) => l.row.year === 2018);
        assert.ok(!l2018 || l2018.dy >= 0, `${where}: 2018 label kept off the target label`);
      }
    }
  }
});
