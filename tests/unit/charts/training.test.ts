import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trainingGps, definitionBreaks } from '../../../src/charts/training-gps.ts';
import { trainingResidency } from '../../../src/charts/training-residency.ts';
import { trainingOrderDirected } from '../../../src/charts/training-order-directed.ts';
import { trainingProgrammes } from '../../../src/charts/training-programmes.ts';
import { overviewDensityTargets } from '../../../src/charts/overview-density-targets.ts';
import { missingYears, valueText } from '../../../src/charts/series-with-targets.ts';
import type { Row } from '../../../src/charts/types.ts';
import { linePaths, render, renderAt, textLabels } from './helpers.ts';

const obs = (year: number, value: number, extra: Row = {}): Row => ({
  kind: 'observed', year, value, value_high: null, value_published: String(value), unit: 'per_10000', unit_zh: '每万人口', unit_en: 'per 10 000 population',
  definition: null, policy_zh: null, policy_en: null, source_id: 'b', is_secondary: false, series_break: false, is_derived: false, ...extra,
});
const target = (year: number, value: number, high: number | null, published: string): Row => ({
  ...obs(year, value), kind: 'target', value_high: high, value_published: published, policy_zh: '关于改革完善全科医生培养与使用激励机制的意见', policy_en: 'Opinions on GP training', source_id: 'p',
});
const gp = [obs(2013, 1.07, { is_secondary: true }), obs(2015, 1.38), obs(2016, 1.5), obs(2018, 2.22), obs(2019, 2.61), obs(2020, 2.9), obs(2023, 3.99), target(2020, 2, 3, '2~3'), target(2030, 5, null, '5')];

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
  assert.match(en, /No figure is published for 2014, 2017, 2021(,)? and 2022/);
  assert.match(en, /2020 target 2–3 \(actual 2\.9\)/);
  const zh = trainingGps.describe(gp, trainingGps.defaults, 'zh');
  assert.match(zh, /2023年的3\.99/);
  for (const c of trainingGps.table(trainingGps.defaults)) assert.ok(c.key in gp[0]! || `${c.key}_en` in gp[7]!, c.key);
});

test('definition breaks are where the definition code changes between published years', () => {
  assert.deepEqual(definitionBreaks([obs(2000, 1, { definition: 'old' }), obs(2001, 1, { definition: 'old' }), obs(2003, 1)]), [2003]);
  assert.deepEqual(missingYears([2015, 2017, 2020]), [2016, 2018, 2019]);
});

test('values keep published qualifiers and mark derived figures', () => {
  assert.equal(valueText({ value: 190000, value_published: 'nearly 190,000' }, 'en'), '190,000 (nearly 190,000)');
  assert.equal(valueText({ value: 1070000, value_published: '107' }, 'zh'), '107万');
  assert.equal(valueText({ value: 1.62, value_published: '', is_derived: true }, 'en'), '1.62 (derived)');
});

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

test('order-directed plans: every year in the span has a slot; unpublished years are labelled, not zero', () => {
  const rows = [2015, 2017, 2020].map((year, i) => ({ year, value: [5500, 5810, 6822][i], value_published: '', geo_zh: '中西部', geo_en: 'Central and western regions', source_id: 's', is_secondary: false }));
  const opts = trainingOrderDirected.plot(rows, {}, { lang: 'zh', width: 640, theme: 'light' });
  assert.deepEqual((opts.x as { domain: number[] }).domain, [2015, 2016, 2017, 2018, 2019, 2020]);
  const html = render(trainingOrderDirected, rows, 'zh');
  assert.equal((html.match(/>未公布</g) ?? []).length, 3);
  assert.equal((html.match(/<rect/g) ?? []).length >= 3, true);
  assert.match(trainingOrderDirected.describe(rows, {}, 'en'), /latest 6,822 in 2020\. No plan is published for 2016, 2018(,)? and 2019/);
});

test('programme figures: one labelled row per measure, values beside dots', () => {
  const rows = [
    { cadre: 'medical_schools', cadre_en: 'Schools', measure: 'share_with_gp_course', measure_en: 'Share teaching GP', unit: 'percent', unit_en: '%', year: 2010, value: 46.1, value_published: '46.1', source_id: 's', is_secondary: true },
    { cadre: 'medical_schools', cadre_en: 'Schools', measure: 'share_with_gp_course', measure_en: 'Share teaching GP', unit: 'percent', unit_en: '%', year: 2019, value: 81.1, value_published: '81.1', source_id: 's', is_secondary: true },
  ];
  const html = render(trainingProgrammes, rows, 'en', { programme: 'gp_education' });
  assert.match(html, />Share teaching GP · Schools \(%\)</);
  assert.match(html, />81\.1</);
  assert.match(trainingProgrammes.describe(rows, { programme: 'gp_education' }, 'en'), /Latest: Share teaching GP · Schools \(%\), 81\.1 in 2019/);
});

test('overview density: current and pre-2002 series are separate; targets with their plan in the description', () => {
  const row = (cadre: string, year: number, value: number, kind = 'observed', policy = ''): Row => ({
    kind, cadre, cadre_en: cadre, cadre_zh: cadre, year, value, value_high: null, value_published: String(value), unit_en: 'per 1 000', source_id: 's', is_secondary: false, policy_en: policy, policy_zh: policy,
  });
  const rows = [row('doctors_pre2001', 1998, 1.65), row('doctors_pre2001', 1999, 1.62), row('physicians_assistants', 2022, 3.15), row('physicians_assistants', 2023, 3.4),
    row('physicians_assistants', 2025, 3.2, 'target', '14th FYP'), row('nurses', 2023, 4), row('nurses', 2030, 4.7, 'target', 'Healthy China 2030')];
  const html = render(overviewDensityTargets, rows, 'en');
  // 1998–1999 and 2022–2023 are separate runs in separate series: two segments, none joining 1999 to 2022.
  assert.equal(linePaths(html).filter((d) => d.includes('L')).length, 2);
  const d = overviewDensityTargets.describe(rows, {}, 'en');
  assert.match(d, /physicians_assistants: 3\.4 per 1,000 in 2023/);
  assert.match(d, /2025 target 3\.2 \(14th FYP\)/);
  assert.match(d, /2030 target 4\.7 \(Healthy China 2030\)/);
});

test('overview density: a dashed break rule after the last figure under the pre-2002 definitions', async () => {
  const { breakAfterOldDefinitions } = await import('../../../src/charts/overview-density-targets.ts');
  assert.deepEqual(breakAfterOldDefinitions([{ year: 1999, series_break: true }, { year: 2003, series_break: false }]), [2000]);
  assert.deepEqual(breakAfterOldDefinitions([{ year: 2003, series_break: false }]), []);
});

test('values: a printed form that is only the number in other words ("1.07 million") adds nothing to the label', () => {
  assert.equal(valueText({ value: 1070000, value_published: '1.07 million' }, 'zh'), '107万');
  assert.equal(valueText({ value: 1070000, value_published: '1.07 million' }, 'en'), '1,070,000');
  assert.equal(valueText({ value: 500000, value_published: 'about 500,000' }, 'en'), '500,000 (about 500,000)');
  assert.equal(valueText({ value: 1060000, value_published: '1.07 million' }, 'en'), '1,060,000 (1.07 million)');
});

test('overview density: a target set by two plans (same year and value) is drawn and noted once, naming both plans', () => {
  const t = (policy: string, published: string, source: string): Row => ({
    kind: 'target', cadre: 'nurses', cadre_zh: '注册护士', cadre_en: 'Registered nurses', year: 2025, value: 3.8, value_high: null, value_published: published,
    unit_en: 'per 1 000', policy_zh: policy, policy_en: policy, source_id: source, is_secondary: false,
  });
  const rows = [
    { ...t('', '4', 'o'), kind: 'observed', year: 2023, value: 4 },
    t('14th FYP', '3.80', 'a'), t('Nursing plan', '3.8', 'b'), { ...t('Healthy China 2030', '4.7', 'c'), year: 2030, value: 4.7 },
  ];
  for (const width of [640, 1200]) {
    const html = renderAt(overviewDensityTargets, rows, 'zh', width);
    assert.equal((html.match(/>2025年目标 3\.8</g) ?? []).length, 1, `one label at ${width} px`);
    assert.equal((html.match(/2030年目标 4\.7/g) ?? []).length >= 1, true);
  }
  const tips = [...renderAt(overviewDensityTargets, rows, 'en', 640).matchAll(/<title>(2025 target[^<]*)<\/title>/g)].map((m) => m[1]);
  assert.deepEqual(tips.length, 1, 'one diamond, one tooltip');
  assert.match(tips[0]!, /14th FYP; Nursing plan/);
  assert.match(tips[0]!, /3\.80 \/ 3\.8/);
  const notes = overviewDensityTargets.notes!(rows, {}, 'en');
  assert.deepEqual(notes.filter((n) => n.startsWith('2025 target 3.8')), ['2025 target 3.8: 14th FYP; Nursing plan (Registered nurses)']);
  assert.match(overviewDensityTargets.describe(rows, {}, 'en'), /targets: 2025 target 3\.8 \(14th FYP; Nursing plan\) and 2030 target 4\.7/);
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
