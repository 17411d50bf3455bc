import { test } from 'node:test';
import assert from 'node:assert/strict';
import overviewDensityTargets from '../../../../../src/charts/definitions/overview-density-targets.ts';
import type { Row } from '../../../../../src/contract/rows.ts';
import { linePaths, render, renderAt } from '../../../helpers/render.ts';

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

