import { test } from 'node:test';
import assert from 'node:assert/strict';
import trainingProgrammes from '../../../../../src/charts/definitions/training-programmes.ts';
import { render } from '../../../helpers/render.ts';

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

